package dev.retort.migrate;

import dev.retort.Migration;
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
 */
public record LoadedMigration(Migration migration, String message, boolean transactional, String checksum,
        int upgradeStatements, int downgradeStatements) {
    public LoadedMigration {
        Objects.requireNonNull(migration, "migration");
    }

    /** A migration whose statements are known only by running it, without a checksum. */
    public LoadedMigration(Migration migration, String message, boolean transactional) {
        this(migration, message, transactional, null, -1, -1);
    }
}
