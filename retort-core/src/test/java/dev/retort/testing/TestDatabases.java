package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import dev.retort.dialects.Dialects;
import org.junit.jupiter.api.Assumptions;

/**
 * Hands each test a database of its own on the real servers of this machine.
 *
 * <p>Servers: PostgreSQL at 127.0.0.1:5432 (user {@code postgres}, trust auth, database {@code test}),
 * MariaDB at 127.0.0.1:3306 ({@code root}, empty password). Override with {@code RETORT_TEST_PG_URL}
 * and {@code RETORT_TEST_MARIADB_URL}. When a server is down, the test is skipped on a laptop but
 * fails under {@code CI=true}: CI must never pass by skipping.
 */
public final class TestDatabases {
    public static final String PG_ADMIN_URL =
            env("RETORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = env("RETORT_TEST_PG_USER", "postgres");
    public static final String MARIADB_HOST_URL =
            env("RETORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String MARIADB_USER = env("RETORT_TEST_MARIADB_USER", "root");

    /**
     * Every database Retort supports, named as {@code Dialects} names them: the one list the tests of the
     * whole build run over ({@code TestDatabasesTest} checks it against {@code Dialects.all()}).
     */
    public static final List<String> DIALECTS = List.of("postgresql", "mariadb", "sqlite", "h2");

    private TestDatabases() {
    }

    /**
     * {@link #DIALECTS}, for {@code @MethodSource("dev.retort.testing.TestDatabases#dialects")}; a contract
     * test extends {@link EachDialect} instead.
     */
    public static Stream<String> dialects() {
        return DIALECTS.stream();
    }

    /** The dialects whose DDL rolls back with its transaction (PostgreSQL, SQLite). */
    public static Stream<String> transactionalDdl() {
        return dialects().filter(d -> Dialects.forName(d).transactionalDdl());
    }

    /** The dialects whose DDL commits at once (MariaDB, H2). */
    public static Stream<String> nonTransactionalDdl() {
        return dialects().filter(d -> !Dialects.forName(d).transactionalDdl());
    }

    /** The dialects whose test database another process can open: all but H2, which is in this JVM's memory. */
    public static Stream<String> sharedWithOtherProcesses() {
        return dialects().filter(d -> !d.equals("h2"));
    }

    /** The dialects whose test database lives on a server (PostgreSQL, MariaDB): users, passwords, hosts. */
    public static Stream<String> servers() {
        return dialects().filter(d -> d.equals("postgresql") || d.equals("mariadb"));
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A fresh schema in PostgreSQL's {@code test} database; the URL sets it as {@code currentSchema}. */
    public static TestDatabase postgres() {
        String schema = uniqueName();
        try (Connection c = connectOrSkip("PostgreSQL", PG_ADMIN_URL, PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        String sep = PG_ADMIN_URL.contains("?") ? "&" : "?";
        String url = PG_ADMIN_URL + sep + "currentSchema=" + schema;
        return new TestDatabase("postgresql", url, PG_USER, "", schema, () -> {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + schema, e);
            }
        });
    }

    /** A fresh MariaDB database. */
    public static TestDatabase mariadb() {
        String db = uniqueName();
        try (Connection c = connectOrSkip("MariaDB", MARIADB_HOST_URL, MARIADB_USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + db, e);
        }
        return new TestDatabase("mariadb", MARIADB_HOST_URL + db, MARIADB_USER, "", db, () -> {
            try (Connection c = DriverManager.getConnection(MARIADB_HOST_URL, MARIADB_USER, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop database " + db, e);
            }
        });
    }

    /** A fresh SQLite file in {@code dir} (usually a JUnit {@code @TempDir}). */
    public static TestDatabase sqlite(Path dir) {
        Path file = dir.resolve(uniqueName() + ".db");
        return new TestDatabase("sqlite", "jdbc:sqlite:" + file, null, null, file.toString(), () -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh in-memory H2 database that lives until the JVM ends or it is closed. */
    public static TestDatabase h2() {
        String db = uniqueName();
        String url = "jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase("h2", url, "sa", "", db, () -> {
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot shut down H2 " + db, e);
            }
        });
    }

    /** A database of the named dialect: postgresql, mariadb, sqlite (in {@code dir}) or h2. */
    public static TestDatabase of(String dialect, Path dir) {
        return switch (dialect) {
            case "postgresql" -> postgres();
            case "mariadb" -> mariadb();
            case "sqlite" -> sqlite(dir);
            case "h2" -> h2();
            default -> throw new IllegalArgumentException("unknown dialect " + dialect);
        };
    }

    private static Connection connectOrSkip(String server, String url, String user, String password) {
        DriverManager.setLoginTimeout(5);
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            String why = server + " is not reachable at " + url + ": " + e.getMessage();
            if (ci()) {
                throw new AssertionError("CI=true and " + why, e);
            }
            Assumptions.abort(why);
            throw new AssertionError("unreachable");
        }
    }

    private static String uniqueName() {
        return "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
