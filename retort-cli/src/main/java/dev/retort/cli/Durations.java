package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --wait} and {@code --lock-timeout} values: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, {@code 0}. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private Durations() {
    }

    static Duration parse(String option, String value) {
        Matcher m = FORM.matcher(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, option + " expects a duration such as 500ms, 30s, 2m or 1h; got '"
                    + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4m05s}: a duration for people to read. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return s / 60 + "m" + String.format(java.util.Locale.ROOT, "%02d", s % 60) + "s";
    }
}
