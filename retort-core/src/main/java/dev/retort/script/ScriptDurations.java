package dev.retort.script;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as scripts and {@code retort.properties} write them: {@code 500ms}, {@code 30s}, {@code 2m},
 * {@code 1h}; a bare number is seconds.
 *
 * <pre>{@code
 * Duration d = ScriptDurations.parse("2s");   // null for text that is no duration
 * }</pre>
 */
public final class ScriptDurations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private ScriptDurations() {
    }

    /** The duration, null for blank text, and null too for text that is no duration (callers say where). */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
