package dev.retort.migrate;

import dev.retort.Migration;
import java.util.Objects;

/**
 * A revision's migration, ready to run.
 *
 * @param migration     the upgrade and downgrade
 * @param message       the revision's message, for progress output and SQL comments (may be null)
 * @param transactional false for a migration that must run outside a transaction (for example
 *                      PostgreSQL's {@code CREATE INDEX CONCURRENTLY}); it then runs with auto-commit on
 */
public record LoadedMigration(Migration migration, String message, boolean transactional) {
    public LoadedMigration {
        Objects.requireNonNull(migration, "migration");
    }
}
