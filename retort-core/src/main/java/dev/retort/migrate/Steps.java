package dev.retort.migrate;

import dev.retort.MigrationStep;
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

    /** The step as the public API reports it to listeners and in results. */
    public static MigrationStep info(Step step, String message) {
        dev.retort.Direction direction = step.direction() == Direction.UPGRADE
                ? dev.retort.Direction.UPGRADE : dev.retort.Direction.DOWNGRADE;
        return new MigrationStep(step.revision().id(), direction, step.from(), step.to(), message);
    }

    /**
     * {@code upgrade <base> -> a1, create users}; the message's first line only, and no {@code , message}
     * part when it is null or blank.
     */
    public static String describe(Step step, String message) {
        return info(step, message).describe();
    }

    /** {@code upgrade a, b -> c}: the step without its message. */
    public static String arrow(Step step) {
        return info(step, null).arrow();
    }
}
