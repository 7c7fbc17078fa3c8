package dev.retort.migrate;

import java.time.Duration;

/**
 * A run's limits on each statement, and how often a step that hit one is retried.
 *
 * <pre>{@code
 * migrator.limited(new StatementLimits(Duration.ofSeconds(2), null, 3));  // SET lock_timeout = 2000; 3 retries
 * }</pre>
 *
 * @param lockTimeout      how long a statement may wait for a table lock, null for the server's setting; a
 *                         script's own (its header) wins
 * @param statementTimeout how long a statement may run, null for the server's setting; a script's own wins
 * @param retries          how many times a step that failed on a lock timeout or a serialization failure (as
 *                         the dialect tells them) runs again, when it rolled back whole
 */
public record StatementLimits(Duration lockTimeout, Duration statementTimeout, int retries) {
    /** No limits, no retries: the server's settings. */
    public static final StatementLimits NONE = new StatementLimits(null, null, 0);

    public StatementLimits {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be zero or more, got " + retries);
        }
    }
}
