package dev.retort.dialect.h2;

import dev.retort.dialect.FileMigrationLock;
import dev.retort.dialect.MigrationLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * H2's migration lock: a lock file beside an embedded file database ({@link FileMigrationLock}); none for
 * in-memory databases, which no other process can reach, nor for H2 servers ({@code tcp:}, {@code ssl:}),
 * whose files Retort cannot see.
 */
final class H2Lock {
    private H2Lock() {
    }

    static MigrationLock acquire(Connection connection, Duration timeout) throws SQLException {
        Path file = databaseFile(connection.getMetaData().getURL());
        return file == null ? MigrationLock.NONE : FileMigrationLock.acquire(Path.of(file + ".retort-lock"), timeout);
    }

    /** The base file of {@code jdbc:h2:[file:]path;options}, or null when it is not an embedded file database. */
    static Path databaseFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        if (semi >= 0) {
            rest = rest.substring(0, semi);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
            return null;
        }
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return rest.isEmpty() ? null : Path.of(rest).toAbsolutePath().normalize();
    }
}
