package dev.retort.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in text that is about to be shown: URLs, JDBC URLs, driver error messages.
 *
 * <pre>{@code
 * Redaction.redact("postgresql://app:s3cret@db/app")            // postgresql://app:***@db/app
 * Redaction.redact("jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret")      // jdbc:h2:mem:x;USER=sa;PASSWORD=***
 * Redaction.redact("auth failed for s3cret", List.of("s3cret"))  // auth failed for ***
 * }</pre>
 *
 * <p>When in doubt it hides too much rather than too little: a password is no use in an error message.
 */
public final class Redaction {
    /** What a hidden password is replaced with. */
    public static final String MASK = "***";

    // Greedy up to the last '@' of the token: a password with a raw '@' is hidden whole.
    private static final Pattern USERINFO =
            Pattern.compile("(?i)([a-z][a-z0-9+.\\-]*://[^:/?#@\\s]*):(\\S*)@");
    // password=, PASSWORD=, pwd=, passwd=, sslpassword=, keystorePassword= ... in query, ';' or prose form.
    private static final Pattern PARAMETER =
            Pattern.compile("(?i)\\b([a-z_.\\-]*(?:password|passwd|pwd))=([^&;\\s'\"]*)");

    private Redaction() {
    }

    /** {@code text} with every password in a URL or a {@code password=} parameter replaced by {@link #MASK}. */
    public static String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * {@code text} with URL passwords hidden, and with every occurrence of a known secret hidden too,
     * in plain and percent-encoded form: a driver may quote the password anywhere in its message.
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : forms(secrets)) {
            out = out.replace(secret, MASK);
        }
        out = replaceGroup(USERINFO, out, m -> m.group(1) + ":" + MASK + "@");
        out = replaceGroup(PARAMETER, out, m -> m.group(2).isEmpty() ? m.group() : m.group(1) + "=" + MASK);
        return out;
    }

    private static List<String> forms(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            forms.add(secret);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            forms.add(encoded);
            forms.add(encoded.replace("+", "%20"));
        }
        List<String> longestFirst = new ArrayList<>(forms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst;
    }

    private interface Replacer {
        String replace(Matcher m);
    }

    private static String replaceGroup(Pattern pattern, String text, Replacer replacer) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacer.replace(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
