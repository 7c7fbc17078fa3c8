package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * One migration that runs (or ran) as part of an {@code upgrade} or {@code downgrade}.
 *
 * <pre>{@code
 * Running upgrade 1975ea83b712 -> 523dbb60ecfe, update free plan tokens
 * // revision "523dbb60ecfe", direction UPGRADE, from ["1975ea83b712"], to ["523dbb60ecfe"]
 * }</pre>
 *
 * @param revision  the revision whose upgrade or downgrade runs (a repeatable script's name)
 * @param direction which of the two
 * @param from      the revisions the step moves away from (empty at base)
 * @param to        the revisions the step moves to (empty at base)
 * @param message   the revision's message
 */
public record MigrationStep(String revision, Direction direction, List<String> from, List<String> to, String message) {
    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        from = List.copyOf(from);
        to = List.copyOf(to);
        message = message == null ? "" : message;
    }

    /**
     * {@code upgrade a, b -> c}, {@code <base>} standing for an empty side: the step without its message;
     * {@code repeatable plan_names} for a repeatable script.
     */
    public String arrow() {
        if (direction == Direction.REPEATABLE) {
            return direction.verb() + " " + revision;
        }
        return direction.verb() + " " + side(from) + " -> " + side(to);
    }

    /** {@code upgrade <base> -> a1, create users}: the arrow and the message's first line, if any. */
    public String describe() {
        String s = message.strip();
        int nl = s.indexOf('\n');
        String first = (nl < 0 ? s : s.substring(0, nl)).strip();
        return first.isEmpty() ? arrow() : arrow() + ", " + first;
    }

    private static String side(List<String> revisions) {
        return revisions.isEmpty() ? "<base>" : String.join(", ", revisions);
    }
}
