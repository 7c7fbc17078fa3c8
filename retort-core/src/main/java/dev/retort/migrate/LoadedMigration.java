package dev.retort.migrate;

import dev.retort.Migration;
import java.time.Duration;
import java.util.Objects;

/**
 * A revision's migration, ready to run.
 *
 * @param migration           the upgrade and downgrade
 * @param message             the revision's message, for progress output and SQL comments (may be null)
 * @param transactional       false for a migration that must run outside a transaction (for example
 *                            PostgreSQL's {@code CREATE INDEX CONCURRENTLY}); it then runs with auto-commit on
 * @param checksum            SHA-256 of the script (hex) for the history table, or null when unknown
 * @param upgradeStatements   how many statements the upgrade runs, or -1 when only running it tells (Java);
 *                            a known count makes an interrupted upgrade resumable at the failed statement
 * @param downgradeStatements the same for the downgrade
 * @param lockTimeout         the script's own limit on waiting for a table lock, or null for the run's
 * @param statementTimeout    the script's own limit on each statement's time, or null for the run's
 */
public record LoadedMigration(Migration migration, String message, boolean transactional, String checksum,
        int upgradeStatements, int downgradeStatements, Duration lockTimeout, Duration statementTimeout) {
    public LoadedMigration {
        Objects.requireNonNull(migration, "migration");
    }

    /** A migration that sets no timeouts of its own. */
    public LoadedMigration(Migration migration, String message, boolean transactional, String checksum,
            int upgradeStatements, int downgradeStatements) {
        this(migration, message, transactional, checksum, upgradeStatements, downgradeStatements, null, null);
    }

    /** This migration with the script's own lock and statement timeouts (null: the run's). */
    public LoadedMigration withTimeouts(Duration lock, Duration statement) {
        return new LoadedMigration(migration, message, transactional, checksum, upgradeStatements, downgradeStatements,
                lock, statement);
    }

    /** A migration whose statements are known only by running it, without a checksum. */
    public LoadedMigration(Migration migration, String message, boolean transactional) {
        this(migration, message, transactional, null, -1, -1);
    }
}
