package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet of issue 17 through the command line: 200 PostgreSQL schemas of one database, 30 PostgreSQL
 * databases, 10 MariaDB databases and 20 SQLite files, one schema failing on purpose (its table exists already).
 * With {@code --on-error stop} nothing starts after the failure; with {@code continue} every other target
 * finishes; the report (text and JSON) says exactly which, as the databases confirm target by target.
 */
class FleetCommandTest {
    private static final int SCHEMAS = 200;
    private static final int PG_DATABASES = 30;
    private static final int MARIADB_DATABASES = 10;
    private static final int SQLITE_FILES = 20;
    private static final int FAILING = 60;
    private static final String PASSWORD = "s3cret-fleet";

    @TempDir
    Path dir;
    private final String prefix = "flt" + UUID.randomUUID().toString().substring(0, 6) + "_";
    /** What the targets file lists, in order; and how the test reads each target's version rows. */
    private final List<String> lines = new ArrayList<>();
    private final List<Reader> readers = new ArrayList<>();
    private Connection shared;
    private long setupMs;

    private interface Reader {
        List<String> versions() throws SQLException;
    }

    @BeforeEach
    void fleet() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n");
        Files.writeString(dir.resolve("migrations/versions/a1_t.sql"), "-- revision: a1\n-- upgrade\n"
                + "CREATE TABLE t (id INTEGER);\n-- downgrade\nDROP TABLE t;\n");
        Files.writeString(dir.resolve("migrations/versions/a2_row.sql"), "-- revision: a2\n-- revises: a1\n-- upgrade\n"
                + "INSERT INTO t (id) VALUES (2);\n-- downgrade\nDELETE FROM t;\n");
        try (Connection pg = pg("test"); Statement s = pg.createStatement()) {
            for (int i = 0; i < SCHEMAS; i++) {
                s.execute("CREATE SCHEMA " + prefix + "s" + i);
                lines.add(prefix + "s" + i);
                String schema = prefix + "s" + i;
                readers.add(() -> versions(shared(), schema + "."));
            }
            s.execute("CREATE TABLE " + prefix + "s" + FAILING + ".t (id INTEGER)");
            for (int i = 0; i < PG_DATABASES; i++) {
                String db = prefix + "d" + i;
                s.execute("CREATE DATABASE " + db);
                lines.add(pgUrl(db) + (pgUrl(db).contains("?") ? "&" : "?") + "user=" + TestDatabases.PG_USER + "&password="
                        + PASSWORD);
                readers.add(() -> versions(pg(db), ""));
            }
        }
        try (Connection m = maria(""); Statement s = m.createStatement()) {
            for (int i = 0; i < MARIADB_DATABASES; i++) {
                String db = prefix + "m" + i;
                s.execute("CREATE DATABASE " + db);
                lines.add(TestDatabases.MARIADB_HOST_URL + db + "?user=" + TestDatabases.MARIADB_USER);
                readers.add(() -> versions(maria(db), ""));
            }
        }
        for (int i = 0; i < SQLITE_FILES; i++) {
            lines.add("sqlite:///edge/" + i + ".db   # relative to this file's folder");
            Path file = dir.resolve("edge/" + i + ".db");
            readers.add(() -> Files.exists(file) ? versions(DriverManager.getConnection("jdbc:sqlite:" + file), "") : List.of());
        }
        Files.createDirectories(dir.resolve("edge"));
        Files.writeString(dir.resolve("targets.txt"), "# tenants and edge databases\n" + String.join("\n", lines) + "\n");
        setupMs = (System.nanoTime() - started) / 1_000_000;
    }

    @AfterEach
    void drop() throws Exception {
        long started = System.nanoTime();
        if (shared != null) {
            shared.close();
        }
        List<String> schemas = new ArrayList<>();
        for (int i = 0; i < SCHEMAS; i++) {
            schemas.add(prefix + "s" + i);
        }
        try (Connection pg = pg("test"); Statement s = pg.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + String.join(", ", schemas) + " CASCADE");
        }
        // Each DROP DATABASE waits for a checkpoint: dropped at once, they share a few instead of taking 30 in turn.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(PG_DATABASES);
        List<java.util.concurrent.Future<?>> drops = new ArrayList<>();
        for (int i = 0; i < PG_DATABASES; i++) {
            String db = prefix + "d" + i;
            drops.add(pool.submit(() -> {
                try (Connection pg = pg("test"); Statement s = pg.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> drop : drops) {
            drop.get();
        }
        pool.shutdown();
        try (Connection m = maria(""); Statement s = m.createStatement()) {
            for (int i = 0; i < MARIADB_DATABASES; i++) {
                s.execute("DROP DATABASE IF EXISTS " + prefix + "m" + i);
            }
        }
        System.out.println("[figures] fleet test set-up " + setupMs + " ms, clean-up "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stopStartsNothingAfterTheFailureAndContinueFinishesEveryOtherTarget() throws Exception {
        Map<String, String> env = Map.of("RETORT_URL", TestDatabases.PG_ADMIN_URL + "?user=" + TestDatabases.PG_USER
                + "&password=" + PASSWORD);
        long started = System.nanoTime();
        CliRun stop = CliRun.run(dir, env, "upgrade", "head", "--targets", "targets.txt", "--parallel", "4",
                "--on-error", "stop", "--output", "json");
        long stopMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, stop.status(), stop.err());
        assertFalse(stop.all().contains(PASSWORD), "no password printed");
        assertTrue(stop.err().contains("ERROR: 1 of " + lines.size() + " targets failed: " + prefix + "s" + FAILING), stop.err());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(stop.out());
        assertEquals(List.of(), MiniJson.validate(json, schema(), schema(), "$"), stop.out());
        List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("targets");
        assertEquals(lines.size(), results.size());
        // Targets are handed to the pool in order: all before the failure ran; after it, those already running
        // finished, then nothing started.
        int firstSkipped = -1;
        for (int i = 0; i < results.size(); i++) {
            String result = (String) results.get(i).get("result");
            if (i < FAILING) {
                assertEquals("done", result, lines.get(i));
            } else if (i == FAILING) {
                assertEquals("failed", result);
                assertTrue(String.valueOf(results.get(i).get("error")).contains("already exists"), results.get(i).toString());
            } else if (result.equals("skipped") && firstSkipped < 0) {
                firstSkipped = i;
            } else {
                assertEquals(firstSkipped < 0 ? "done" : "skipped", result, "target " + i + " " + lines.get(i));
            }
            assertEquals(result.equals("done") ? List.of("a2") : List.of(), readers.get(i).versions(), "the database of "
                    + lines.get(i) + " says what the report says (" + result + ")");
        }
        // How many finished after it depends on the machine's speed (those already running when it failed, and
        // those started while it ran); that every later one was skipped does not.
        assertTrue(firstSkipped > FAILING && firstSkipped < lines.size(), "first skipped: " + firstSkipped);
        assertEquals((long) (lines.size() - firstSkipped), ((Map<String, Object>) json.get("summary")).get("skipped"));

        started = System.nanoTime();
        CliRun cont = CliRun.run(dir, env, "upgrade", "head", "--targets", "targets.txt", "--parallel", "4",
                "--on-error", "continue");
        long continueMs = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[figures] fleet of " + lines.size() + " targets, --parallel 4: stop run " + stopMs
                + " ms, continue run " + continueMs + " ms");
        assertEquals(1, cont.status(), cont.err());
        assertFalse(cont.all().contains(PASSWORD), "no password printed");
        List<String> report = cont.out().lines().toList();
        assertEquals(List.of("Target", "From", "To", "Took", "Result"), List.of(report.get(0).split("\\s+")));
        assertEquals(lines.size() + " targets", report.get(report.size() - 1).replaceFirst(" in .*", ""));
        assertTrue(report.get(report.size() - 1).endsWith("4 at once: " + (lines.size() - 1) + " done, 1 failed, 0 skipped"),
                report.get(report.size() - 1));
        for (int i = 0; i < lines.size(); i++) {
            String row = report.get(i + 1);
            assertEquals(i == FAILING ? List.of() : List.of("a2"), readers.get(i).versions(), lines.get(i));
            assertTrue(row.contains(i == FAILING ? "failed: " : "done"), row);
            if (i >= firstSkipped) {
                assertTrue(row.matches("\\S+\\s+<base>\\s+a2\\s+\\d+ ms\\s+done"), "skipped before, migrated now: " + row);
            }
        }
        started = System.nanoTime();
        CliRun current = CliRun.run(dir, env, "current", "--targets", "targets.txt", "--parallel", "8", "-q");
        System.out.println("[figures] current over the fleet, --parallel 8: " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        assertEquals(0, current.status(), current.err());
        assertTrue(current.out().lines().filter(l -> l.matches("\\S+\\s+a2\\s+a2\\s+\\d+ ms\\s+done")).count()
                == lines.size() - 1, current.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema() throws java.io.IOException {
        try (InputStream in = Main.class.getResourceAsStream("retort-output.schema.json")) {
            return (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** One connection to read the 200 schemas' version tables. */
    private Connection shared() throws SQLException {
        if (shared == null) {
            shared = pg("test");
        }
        return shared;
    }

    private static List<String> versions(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            return versions(s, schema);
        } finally {
            if (schema.isEmpty()) {
                c.close();
            }
        }
    }

    private static List<String> versions(Statement s, String schema) {
        try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + schema + "retort_version")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException noTable) {
            return List.of();
        }
    }

    private static String pgUrl(String db) {
        return TestDatabases.PG_ADMIN_URL.replaceFirst("/test(\\?|$)", "/" + db + "$1");
    }

    private static Connection pg(String db) throws SQLException {
        return DriverManager.getConnection(pgUrl(db), TestDatabases.PG_USER, "");
    }

    private static Connection maria(String db) throws SQLException {
        return DriverManager.getConnection(TestDatabases.MARIADB_HOST_URL + db, TestDatabases.MARIADB_USER, "");
    }
}
