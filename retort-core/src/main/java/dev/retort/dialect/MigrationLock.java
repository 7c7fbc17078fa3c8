package dev.retort.dialect;

/**
 * A database-wide lock that serialises Retort's writing commands: held on a connection of its own (or a
 * file) so that it is released when the process dies, and so that no migration waits on it.
 *
 * <pre>{@code
 * try (MigrationLock lock = dialect.lock(lockConnection, schema, "retort_version", Duration.ofMinutes(5))) {
 *     // read the version table, migrate, write it back
 * }
 * }</pre>
 */
public interface MigrationLock extends AutoCloseable {
    /** A lock that locks nothing: for in-memory databases, which no other process can reach. */
    MigrationLock NONE = () -> { };

    /**
     * Throws LOCKED when this process no longer holds the lock (a lease whose heartbeat found it taken over or
     * expired): the migration stops at its next safe point, before its next statement or commit.
     */
    default void requireHeld() {
    }

    /** Releases the lock; never throws (the process ending releases it anyway). */
    @Override
    void close();
}
