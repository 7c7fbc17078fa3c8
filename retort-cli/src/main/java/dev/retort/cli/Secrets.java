package dev.retort.cli;

import dev.retort.error.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.Redaction;
import dev.retort.config.UrlPrecedence;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The passwords this run knows of, so that no line it prints shows them. */
final class Secrets {
    private final Set<String> known = new LinkedHashSet<>();

    void add(String secret) {
        if (secret != null && !secret.isEmpty()) {
            known.add(secret);
        }
    }

    /** Learns the passwords of the URLs on the command line and in the environment, before anything can fail. */
    void addUrlsFrom(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url") && i + 1 < args.length) {
                addUrl(args[i + 1]);
            } else if (args[i].startsWith("--url=")) {
                addUrl(args[i].substring("--url=".length()));
            }
        }
        addUrl(env.get(UrlPrecedence.RETORT_URL));
        addUrl(env.get(UrlPrecedence.DATABASE_URL));
    }

    private void addUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            add(DatabaseUrl.parse(url).password());
        } catch (RetortException e) {
            // A malformed URL is reported later; Redaction's patterns still hide its password.
        }
    }

    /** {@code text} with every known password and every URL password hidden. */
    String redact(String text) {
        return Redaction.redact(text, known);
    }
}
