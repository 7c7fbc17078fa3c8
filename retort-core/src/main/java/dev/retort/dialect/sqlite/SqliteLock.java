package dev.retort.dialect.sqlite;

import dev.retort.dialect.FileMigrationLock;
import dev.retort.dialect.MigrationLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * SQLite's migration lock: a lock file beside the database file ({@link FileMigrationLock}). Not
 * {@code BEGIN IMMEDIATE} on the lock connection: that would block the migration connection's own writes.
 * In-memory databases need none.
 */
final class SqliteLock {
    private SqliteLock() {
    }

    static MigrationLock acquire(Connection connection, Duration timeout) throws SQLException {
        Path file = databaseFile(connection.getMetaData().getURL());
        return file == null ? MigrationLock.NONE : FileMigrationLock.acquire(Path.of(file + ".retort-lock"), timeout);
    }

    /** The file of {@code jdbc:sqlite:path?params}, or null for an in-memory database. */
    static Path databaseFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory")) {
            return null;
        }
        return Path.of(rest).toAbsolutePath().normalize();
    }
}
