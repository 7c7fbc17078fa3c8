package dev.retort;

import java.time.Duration;

/** Hears about each migration step as it runs, for progress output ({@link Retort.Builder#listener}). */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() { };

    default void stepStarting(MigrationStep step) {
    }

    default void stepFinished(MigrationStep step, Duration took) {
    }

    /** The database did not answer ({@code --wait}); the next attempt comes after {@code retryIn}. */
    default void waitingForDatabase(int attempt, Duration retryIn, String reason) {
    }

    /**
     * Something worth a line of output: a lease lock whose holder stopped renewing it was taken over (naming
     * that holder), this process's lease was lost, or a step is retried after a lock timeout.
     */
    default void notice(String message) {
    }
}
