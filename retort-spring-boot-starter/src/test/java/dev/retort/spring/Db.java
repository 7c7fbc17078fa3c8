package dev.retort.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small JDBC helpers for looking at what a test's database holds. */
final class Db {
    private Db() {
    }

    /** A new in-memory H2 database, alive until the JVM ends. */
    static String h2() {
        return "jdbc:h2:mem:r" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    /** The first column of each row of {@code sql}, as strings; empty when it fails (a table that is not there). */
    static List<String> column(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            return List.of("(" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The version table's rows; Retort quotes its names, which H2 keeps lower-case. */
    static List<String> versions(String url, String user, String table) {
        String q = url.startsWith("jdbc:h2:") ? "\"" : "";
        return column(url, user, "SELECT " + q + "version_num" + q + " FROM " + q + table + q);
    }

    static List<String> versions(String url) {
        return versions(url, "sa", "retort_version");
    }

    static List<String> freeTokens(String url, String user) {
        return column(url, user, "SELECT monthly_token_limit FROM plans WHERE name = 'free'");
    }

    static List<String> freeTokens(String url) {
        return freeTokens(url, "sa");
    }

    static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
