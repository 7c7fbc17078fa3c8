package dev.retort.dialect.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What the server behind a PostgreSQL URL really is, as far as the migration lock cares: CockroachDB answers
 * {@code pg_advisory_lock} with a stub that always succeeds (cockroach#13546), and YugabyteDB ignores advisory
 * locks unless {@code yb_enable_advisory_locks} is on. Both say who they are in {@code version()}.
 */
final class PostgresServer {
    private PostgresServer() {
    }

    /** Reads {@code version()} (and YugabyteDB's setting) on {@code connection}. */
    static boolean advisoryLocksHold(Connection connection) throws SQLException {
        String version;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
            version = rs.next() ? rs.getString(1) : "";
        }
        String yb = null;
        if (isYugabyte(version)) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('yb_enable_advisory_locks', true)")) {
                yb = rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                yb = null; // a release without the setting has no advisory locks
            }
        }
        return advisoryLocksHold(version, yb);
    }

    /**
     * @param version   {@code SELECT version()}
     * @param ybSetting {@code yb_enable_advisory_locks} on YugabyteDB, null elsewhere or when unknown
     */
    static boolean advisoryLocksHold(String version, String ybSetting) {
        String v = version == null ? "" : version.toLowerCase(Locale.ROOT);
        if (v.contains("cockroachdb")) {
            return false;
        }
        if (isYugabyte(version)) {
            return ybSetting != null && (ybSetting.equalsIgnoreCase("on") || ybSetting.equalsIgnoreCase("true"));
        }
        return true;
    }

    private static boolean isYugabyte(String version) {
        String v = version == null ? "" : version.toLowerCase(Locale.ROOT);
        return v.contains("yugabyte") || v.matches(".*-yb-\\d.*");
    }
}
