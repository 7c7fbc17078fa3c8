package dev.retort.dialect.mariadb;

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
import java.util.HexFormat;

/**
 * MariaDB's and MySQL's migration lock: {@code GET_LOCK} on a connection of its own, named after the
 * version table's database and name. The server releases it when the connection ends, so a killed
 * process leaves none behind.
 */
final class MariaDbLock implements MigrationLock {
    private final Connection connection;
    private final String name;

    private MariaDbLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static MigrationLock acquire(Connection connection, String schema, String table, Duration timeout) throws SQLException {
        String where = (schema != null ? schema : currentDatabase(connection)) + "." + table;
        String name = name(where);
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, name);
            ps.setDouble(2, timeout.toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return new MariaDbLock(connection, name);
                }
            }
        }
        throw LockTimeouts.timedOut("GET_LOCK('" + name + "') for " + where, timeout, holder(connection, name));
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT DATABASE()"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
        }
    }

    /** {@code retort:db.table}, or its hash when longer than the 64 characters GET_LOCK accepts. */
    static String name(String where) {
        String plain = "retort:" + where;
        if (plain.length() <= 64) {
            return plain;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return "retort:" + HexFormat.of().formatHex(d, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String holder(Connection connection, String name) {
        String sql = "SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? "connection " + rs.getLong(1) + " (" + rs.getString(2) + "@" + rs.getString(3) + ")" : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        } catch (SQLException e) {
            // The lock goes with the connection, which the caller closes next.
        }
    }
}
