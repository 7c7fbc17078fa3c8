package dev.retort.migrate;

import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import java.util.List;

/**
 * How a step is named in output: {@code upgrade a, b -> c, message} or {@code downgrade c -> a, b, message},
 * {@code <base>} standing for an empty side. The offline SQL comments and the command line share it.
 */
public final class Steps {
    private Steps() {
    }

    /**
     * {@code upgrade <base> -> a1, create users}; the message's first line only, and no {@code , message}
     * part when it is null or blank.
     */
    public static String describe(Step step, String message) {
        String text = arrow(step);
        String first = firstLine(message);
        return first.isEmpty() ? text : text + ", " + first;
    }

    /** {@code upgrade a, b -> c}: the step without its message. */
    public static String arrow(Step step) {
        String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        return verb + " " + side(step.from()) + " -> " + side(step.to());
    }

    private static String side(List<String> revisions) {
        return revisions.isEmpty() ? "<base>" : String.join(", ", revisions);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
