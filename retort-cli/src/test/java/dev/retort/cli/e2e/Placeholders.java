package dev.retort.cli.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{...}}} placeholders of end-to-end scripts, and the variables they capture.
 *
 * <ul>
 *   <li>{@code {{id}}} matches a 12-hex revision id and captures it as {@code id1}, {@code id2}, ... in
 *       order of appearance in the script;
 *   <li>{@code {{id1}}} (any captured or given variable) is its value, in expectations, commands and files;
 *   <li>{@code {{ms}}} matches a duration in milliseconds, {@code {{hex}}} any hex string,
 *       {@code {{any}}} any text on the line.
 * </ul>
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+[0-9]*)}}");
    private static final Map<String, String> PATTERNS = Map.of(
            "ms", "\\d+",
            "hex", "[0-9a-f]+",
            "any", ".*");

    private final Map<String, String> variables = new HashMap<>();
    private int ids;

    Placeholders(Map<String, String> given) {
        variables.putAll(given);
    }

    String get(String name) {
        return variables.get(name);
    }

    /** {@code text} with every variable replaced by its value; an unknown one is an error in the script. */
    String expand(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown variable {{" + m.group(1) + "}} in: " + text
                        + " (known: " + variables.keySet() + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** A compiled expected line: its regex, and the names its {@code {{id}}} groups capture into. */
    record Expectation(String text, Pattern regex, List<String> captures) {
    }

    /** Compiles an expected line; call in script order, so {@code {{id}}} numbering follows the script. */
    Expectation compile(String expected) {
        Matcher m = PLACEHOLDER.matcher(expected);
        StringBuilder regex = new StringBuilder();
        List<String> captures = new java.util.ArrayList<>();
        int from = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(from, m.start())));
            String name = m.group(1);
            if (name.equals("id")) {
                String variable = "id" + (++ids);
                captures.add(variable);
                regex.append("(?<").append(variable).append(">[0-9a-f]{12})");
            } else if (PATTERNS.containsKey(name)) {
                regex.append("(?:").append(PATTERNS.get(name)).append(")");
            } else {
                // A variable captured earlier in the script: resolved when the line is matched.
                regex.append("\\{\\{").append(name).append("}}");
            }
            from = m.end();
        }
        regex.append(Pattern.quote(expected.substring(from)));
        return new Expectation(expected, Pattern.compile(regex.toString()), List.copyOf(captures));
    }

    /** Whether {@code actual} matches; on success the line's captures become variables. */
    boolean matches(Expectation e, String actual) {
        Pattern pattern = e.regex();
        if (pattern.pattern().contains("\\{\\{")) {
            pattern = Pattern.compile(resolveReferences(pattern.pattern()));
        }
        Matcher m = pattern.matcher(actual);
        if (!m.matches()) {
            return false;
        }
        for (String name : e.captures()) {
            variables.put(name, m.group(name));
        }
        return true;
    }

    private String resolveReferences(String regex) {
        Matcher m = Pattern.compile("\\\\\\{\\\\\\{([a-z_]+[0-9]*)}}").matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown variable {{" + m.group(1) + "}} (known: " + variables.keySet() + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(Pattern.quote(value)));
        }
        return m.appendTail(out).toString();
    }
}
