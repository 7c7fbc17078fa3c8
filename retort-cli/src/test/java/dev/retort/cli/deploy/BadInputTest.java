package dev.retort.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A table of bad inputs. Each must give exit status 1, exactly one line on stderr starting with
 * {@code ERROR:}, leave the database exactly as it was (tables, their rows, version and history tables),
 * and print no password anywhere, though one is planted in the URL or configuration of every run.
 */
class BadInputTest {
    private static final String SECRET = "PlantedS3cret";
    private static final Set<String> ALL = TestDatabases.sharedWithOtherProcesses().collect(Collectors.toSet());
    private static final Set<String> TRANSACTIONAL = Set.of("sqlite", "postgresql");
    private static final Set<String> SERVERS = TestDatabases.servers().collect(Collectors.toSet());

    /** Prepares the project (and database) for one case; may return something to close after the run. */
    @FunctionalInterface
    interface Setup {
        AutoCloseable prepare(Project p) throws Exception;
    }

    record Case(String name, Set<String> dialects, Setup setup, String... args) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("unknown header key in a SQL script", ALL, p -> sql(p, 3, "-- colour: blue\n"), "upgrade", "head"),
                new Case("SQL script without an upgrade section", ALL, p -> write(p, "a00000000003_x.sql",
                        "-- revision: a00000000003\n-- revises: a00000000002\nCREATE TABLE t3 (id INTEGER);\n"), "upgrade", "head"),
                new Case("Java script that does not compile", TRANSACTIONAL, p -> java(p, "op.execute(\"x\") +;"), "upgrade", "head"),
                new Case("Java script without a Migration class", Set.of("sqlite"), p -> write(p, "a00000000003_x.java",
                        "import dev.retort.Revision;\n@Revision(id = \"a00000000003\", revises = \"a00000000002\")\n"
                        + "class NotAMigration {}\n"), "upgrade", "head"),
                new Case("a cycle", ALL, p -> write(p, "a00000000001_step_1.sql", "-- revision: a00000000001\n"
                        + "-- revises: a00000000002\n\n-- upgrade\nCREATE TABLE t1 (id INTEGER);\n\n-- downgrade\nDROP TABLE t1;\n"),
                        "upgrade", "head"),
                new Case("a duplicate revision id", ALL, p -> write(p, "a00000000002_again.sql", "-- revision: a00000000002\n"
                        + "-- revises: a00000000001\n\n-- upgrade\nSELECT 1;\n\n-- downgrade\n"), "upgrade", "head"),
                new Case("a missing parent", ALL, p -> write(p, "a00000000003_x.sql", "-- revision: a00000000003\n"
                        + "-- revises: ffffffffffff\n\n-- upgrade\nSELECT 1;\n\n-- downgrade\n"), "upgrade", "head"),
                new Case("an unknown target", ALL, p -> null, "upgrade", "deadbeefdead"),
                new Case("an ambiguous partial id", ALL, p -> null, "upgrade", "a000"),
                new Case("a relative target past the head", ALL, p -> null, "upgrade", "+5"),
                new Case("a downgrade target that is not applied", ALL, p -> null, "downgrade", Project.id(2)),
                new Case("several heads for 'head'", ALL, p -> write(p, "a00000000009_branch.sql",
                        "-- revision: a00000000009\n-- revises: a00000000001\n\n-- upgrade\nSELECT 1;\n\n-- downgrade\n"),
                        "upgrade", "head"),
                new Case("a malformed URL", ALL, p -> null, "upgrade", "head", "--url", "postgresql://u:" + SECRET + "@host:notaport/db"),
                new Case("an unsupported URL", ALL, p -> null, "upgrade", "head", "--url", "oracle://u:" + SECRET + "@h/db"),
                new Case("a wrong password", SERVERS, p -> null, "upgrade", "head", "--url", "WRONG_PASSWORD_URL"),
                new Case("an unreachable host", ALL, p -> null, "upgrade", "head", "--url",
                        "postgresql://app:" + SECRET + "@127.0.0.1:1/app"),
                new Case("an unreachable host with --wait", Set.of("sqlite"), p -> null, "upgrade", "head", "--wait", "700ms",
                        "--url", "postgresql://app:" + SECRET + "@127.0.0.1:1/app"),
                new Case("a failing first statement", ALL, p -> sql(p, 3, "", "INSERT INTO no_such_table VALUES (1);"),
                        "upgrade", "head"),
                new Case("a failing statement after others", TRANSACTIONAL, p -> sql(p, 3, "",
                        "CREATE TABLE t3 (id INTEGER);\nINSERT INTO t3 VALUES (1);\nINSERT INTO no_such_table VALUES (1);"),
                        "upgrade", "head"),
                new Case("a Java migration that throws", Set.of("postgresql"), p -> java(p,
                        "op.execute(\"CREATE TABLE t3 (id INTEGER)\"); throw new IllegalStateException(\"no\");"),
                        "upgrade", "head"),
                new Case("an edited applied script", ALL, p -> {
                    Files.writeString(file(p, "a00000000001_step_1.sql"), "-- edited\n", java.nio.file.StandardOpenOption.APPEND);
                    return null;
                }, "upgrade", "head"),
                new Case("a version table without its column", ALL, p -> {
                    exec(p, "DROP TABLE retort_version", "CREATE TABLE retort_version (x VARCHAR(32))");
                    return null;
                }, "upgrade", "head"),
                new Case("a history table missing a column", ALL, p -> {
                    exec(p, "DROP TABLE retort_history", "CREATE TABLE retort_history (id INTEGER)");
                    return null;
                }, "upgrade", "head"),
                new Case("a version row naming an unknown revision", ALL, p -> {
                    exec(p, "UPDATE retort_version SET version_num = 'ffffffffffff'");
                    return null;
                }, "upgrade", "head"),
                new Case("a migration that stopped part-way", ALL, p -> {
                    exec(p, "INSERT INTO retort_history (id, revision, direction, checksum, statements_total, statements_done, "
                            + "success, applied_by, applied_at, message) VALUES (99, 'a00000000002', 'upgrade', NULL, 2, 1, "
                            + "FALSE, 'ops', '2026-01-01T00:00:00Z', 'started')");
                    return null;
                }, "upgrade", "head"),
                new Case("--resume with nothing to resume", ALL, p -> null, "upgrade", "head", "--resume"),
                new Case("--resume with --retry", ALL, p -> null, "upgrade", "head", "--resume", "--retry"),
                new Case("a malformed --wait", ALL, p -> null, "upgrade", "head", "--wait", "5x"),
                new Case("a malformed --lock-timeout", ALL, p -> null, "upgrade", "head", "--lock-timeout", "soon"),
                new Case("the lock held by another process", ALL, BadInputTest::holdLock,
                        "upgrade", "head", "--lock-timeout", "500ms"),
                new Case("a missing configuration file", ALL, p -> null, "upgrade", "head", "-c", "nowhere.properties"),
                new Case("a range without --sql", ALL, p -> null, "upgrade", Project.id(1) + ":" + Project.id(2)),
                new Case("stamp of an unknown revision", ALL, p -> null, "stamp", "ffffffffffff"));
    }

    @TestFactory
    Stream<DynamicNode> eachBadInputIsOneLineNonZeroAndChangesNothing() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Case c : cases()) {
            List<DynamicNode> perDialect = new ArrayList<>();
            for (String dialect : TestDatabases.DIALECTS) {
                if (c.dialects().contains(dialect)) {
                    perDialect.add(DynamicTest.dynamicTest(dialect, () -> run(c, dialect)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(c.name(), perDialect));
        }
        assertTrue(cases().size() >= 25, "at least 25 cases");
        return nodes.stream();
    }

    private static void run(Case c, String dialect) throws Exception {
        Path dir = Files.createTempDirectory("retort-bad-");
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project p = new Project(dir, db);
            Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n"
                    + (dialect.equals("sqlite") ? "url = " + db.url() + "\nuser = app\npassword = " + SECRET + "\n" : ""));
            Map<String, String> env = env(db);
            p.sql(1, "CREATE TABLE t1 (id INTEGER);\nINSERT INTO t1 VALUES (1);", "DROP TABLE t1;", true);
            p.sql(2, "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;", true);
            Project.Run first = p.run(env, "upgrade", Project.id(1));
            assertEquals(0, first.status(), first.toString());
            Project.Run run;
            Map<String, String> before;
            try (AutoCloseable held = c.setup().prepare(p)) {
                before = snapshot(db);
                run = p.run(env, args(c, db));
            }
            String all = run.out() + run.err();
            System.out.println("[bad input] " + c.name() + " on " + dialect + ": exit " + run.status() + ", " + run.err().strip());
            assertNotEquals(0, run.status(), run.toString());
            // One ERROR line; the others are progress (stderr holds both): the database, waits, steps, and the lint
            // findings that upgrade prints before it runs.
            List<String> lines = run.err().lines().filter(l -> !l.startsWith("Database: "))
                    .filter(l -> !l.startsWith("Waiting for the ") && !l.startsWith("Running "))
                    .filter(l -> !l.startsWith("Lint: ") && !l.startsWith("    fix: ")
                            && !l.matches("\\S+: (error|warning|notice) \\[[a-z-]+\\] .*")).toList();
            assertTrue(lines.size() == 1 && lines.get(0).startsWith("ERROR: "), run.toString());
            if (c.name().equals("the lock held by another process")) {
                assertTrue(run.err().contains("Waiting for the migration lock (") && run.err().contains("up to 500 ms"),
                        run.toString());
            }
            assertFalse(all.contains(SECRET) || all.contains("S3cret"), all);
            assertEquals(before, snapshot(db), "the database changed: " + run);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The URL of the run, with the planted password where the database ignores it. */
    private static Map<String, String> env(TestDatabase db) {
        Map<String, String> env = new HashMap<>();
        switch (db.dialect()) {
            // Trust authentication: the password is sent and ignored.
            case "postgresql" -> env.put("RETORT_URL", Project.url(db) + "&password=" + SECRET);
            // root has no password here, so the planted one sits in DATABASE_URL, which RETORT_URL outranks.
            case "mariadb" -> {
                env.put("RETORT_URL", Project.url(db));
                env.put("DATABASE_URL", "mariadb://root:" + SECRET + "@127.0.0.1:3306/" + db.name());
            }
            default -> { }
        }
        return env;
    }

    private static String[] args(Case c, TestDatabase db) {
        String wrong = db.dialect().equals("postgresql")
                ? "postgresql://no_such_user:" + SECRET + "@127.0.0.1:5432/test"
                : "mariadb://root:" + SECRET + "@127.0.0.1:3306/" + db.name();
        return Stream.of(c.args()).map(a -> a.equals("WRONG_PASSWORD_URL") ? wrong : a).toArray(String[]::new);
    }

    // ---- setups ------------------------------------------------------------------------------

    private static Path file(Project p, String name) {
        return p.dir.resolve("migrations/versions/" + name);
    }

    private static AutoCloseable write(Project p, String name, String text) throws IOException {
        Files.writeString(file(p, name), text);
        return null;
    }

    private static AutoCloseable sql(Project p, int n, String extraHeader) throws IOException {
        return write(p, Project.id(n) + "_x.sql", "-- revision: " + Project.id(n) + "\n-- revises: " + Project.id(n - 1)
                + "\n" + extraHeader + "\n-- upgrade\nSELECT 1;\n\n-- downgrade\n");
    }

    /** Revision n with these statements, the database brought to n-1 first, so the failing step is the only one. */
    private static AutoCloseable sql(Project p, int n, String extraHeader, String upgrade) throws IOException {
        atPrevious(p, n);
        return write(p, Project.id(n) + "_x.sql", "-- revision: " + Project.id(n) + "\n-- revises: " + Project.id(n - 1)
                + "\n" + extraHeader + "\n-- upgrade\n" + upgrade + "\n\n-- downgrade\n");
    }

    private static AutoCloseable java(Project p, String body) throws IOException {
        if (body.contains("throw")) {
            atPrevious(p, 3);
        }
        return write(p, "a00000000003_x.java", "import dev.retort.*;\n"
                + "@Revision(id = \"a00000000003\", revises = \"a00000000002\")\n"
                + "class Broken implements Migration {\n"
                + "    public void upgrade(Op op) { " + body + " }\n"
                + "    public void downgrade(Op op) { }\n"
                + "}\n");
    }

    private static void atPrevious(Project p, int n) {
        Project.Run run = p.run(env(p.db), "upgrade", Project.id(n - 1));
        assertEquals(0, run.status(), run.toString());
    }

    private static void exec(Project p, String... statements) throws SQLException {
        try (Connection c = p.db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Holds the migration lock as another Retort would, on a connection of its own. */
    private static AutoCloseable holdLock(Project p) throws Exception {
        Connection c = p.db.connect();
        var lock = Dialects.forName(p.db.dialect()).lock(c, null, "retort_version", Duration.ofSeconds(5));
        return () -> {
            lock.close();
            c.close();
        };
    }

    // ---- the database as it is -----------------------------------------------------------------

    /** Every table of the test's schema with its rows, sorted; "absent" for a SQLite file not there. */
    private static Map<String, String> snapshot(TestDatabase db) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        if (db.dialect().equals("sqlite") && !Files.exists(Path.of(db.name()))) {
            tables.put("(file)", "absent");
            return tables;
        }
        try (Connection c = db.connect()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(db.dialect().equals("mariadb") ? db.name() : null,
                    db.dialect().equals("postgresql") ? db.name() : null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        rows.add(b.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, String.join("\n", rows));
            }
        }
        return tables;
    }
}
