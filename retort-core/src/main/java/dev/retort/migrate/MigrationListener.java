package dev.retort.migrate;

import dev.retort.revision.Step;
import java.time.Duration;

/** Hears about each migration step as it runs, for progress output. */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() { };

    default void stepStarting(Step step) {
    }

    default void stepFinished(Step step, Duration took) {
    }

    /** The database did not answer ({@code --wait}); the next attempt comes after {@code retryIn}. */
    default void waitingForDatabase(int attempt, Duration retryIn, String reason) {
    }
}
