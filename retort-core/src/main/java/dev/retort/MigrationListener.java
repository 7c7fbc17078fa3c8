package dev.retort;

import java.time.Duration;

/** Hears about each migration step as it runs, for progress output ({@link RetortBuilder#listener}). */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() { };

    /** A run of {@code steps} migration steps is about to start (for a progress count). */
    default void planned(int steps) {
    }

    default void stepStarting(MigrationStep step) {
    }

    default void stepFinished(MigrationStep step, Duration took) {
    }

    /**
     * Another process holds the migration lock: this one waits up to {@code timeout}. {@code holder} names the lock
     * and, where the database can tell, who holds it ({@code PostgreSQL advisory lock ..., held by backend pid 4242 ...}).
     */
    default void waitingForLock(String holder, Duration timeout) {
    }

    /** The lock this process waited for ({@link #waitingForLock}) was granted after {@code waited}. */
    default void lockAcquired(Duration waited) {
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
