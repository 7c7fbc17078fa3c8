package ai.orkestrai.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A new, empty PostgreSQL database of a test's own on the local server (127.0.0.1:5432, user postgres, or
 * {@code RETORT_TEST_PG_URL}/{@code RETORT_TEST_PG_USER}), dropped on {@link #close()}. Without a server the
 * test is skipped, but under {@code CI=true} it fails: CI never passes by skipping.
 */
record PostgresDatabase(String name, String url, String user) implements AutoCloseable {
    private static final String SERVER = env("RETORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("RETORT_TEST_PG_USER", "postgres");

    static PostgresDatabase create() {
        String name = "orkestrai_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new PostgresDatabase(name, SERVER + name, USER);
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query and returns its rows, each row's columns joined with {@code |}. */
    List<String> query(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name, e);
        }
    }

    private static Connection admin() {
        DriverManager.setLoginTimeout(5);
        try {
            return DriverManager.getConnection(SERVER + "postgres", USER, "");
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + SERVER + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true and " + why, e);
            }
            Assumptions.abort(why);
            throw new AssertionError("unreachable");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
