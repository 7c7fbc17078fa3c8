package dev.retort.migrate;

import dev.retort.Migration;

/**
 * A migration that runs another one between steps of its own (callbacks, say). A failure is reported at the
 * line of the script it wraps, never at the wrapper's.
 */
public interface WrappedMigration extends Migration {
    /** The script's own migration. */
    Migration wrapped();

    /** {@code m} with every wrapper taken off. */
    static Migration unwrap(Migration m) {
        Migration inner = m;
        while (inner instanceof WrappedMigration w) {
            inner = w.wrapped();
        }
        return inner;
    }
}
