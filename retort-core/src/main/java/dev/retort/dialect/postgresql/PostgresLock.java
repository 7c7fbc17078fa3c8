package dev.retort.dialect.postgresql;

import dev.retort.dialect.LockTimeouts;
import dev.retort.dialect.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's migration lock: a session-level advisory lock on a connection of its own, in auto-commit
 * so that it holds no transaction open ({@code CREATE INDEX CONCURRENTLY} waits for open transactions,
 * not for advisory locks). The key is derived from the version table's schema and name, so projects
 * sharing a database in separate schemas do not block each other. The server drops the lock when the
 * connection ends, so a killed process leaves none behind.
 */
final class PostgresLock implements MigrationLock {
    private static final long POLL_MS = 200;

    private final Connection connection;
    private final long key;

    private PostgresLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static MigrationLock acquire(Connection connection, String schema, String table, Duration timeout) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        String where = (schema != null ? schema : currentSchema(connection)) + "." + table;
        long key = key(where);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return new PostgresLock(connection, key);
                    }
                }
            }
            if (System.nanoTime() >= deadline) {
                throw LockTimeouts.timedOut("PostgreSQL advisory lock " + key + " for " + where, timeout, holder(connection, key));
            }
            // Jitter keeps a crowd of replicas from polling in step.
            LockTimeouts.pause(POLL_MS + (long) (Math.random() * POLL_MS));
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_schema()");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "public";
        }
    }

    /** The first eight bytes of SHA-256 of {@code retort:schema.table}. */
    static long key(String where) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("retort:" + where).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (d[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code pid 123 (application, user@address, since ...)}, or null when it cannot be told. */
    private static String holder(Connection connection, long key) {
        String sql = "SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start "
                + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String app = rs.getString(2);
                return "backend pid " + rs.getInt(1) + " (" + (app == null || app.isBlank() ? "" : app + ", ")
                        + rs.getString(3) + "@" + (rs.getString(4) == null ? "local" : rs.getString(4))
                        + ", connected " + rs.getTimestamp(5).toInstant() + ")";
            }
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException e) {
            // The lock goes with the connection, which the caller closes next.
        }
    }
}
