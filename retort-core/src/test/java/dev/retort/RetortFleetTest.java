package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of 20 PostgreSQL schemas (each its own version table and lock) and 5 SQLite files, one target failing
 * on purpose (its table already exists): with CONTINUE the others finish, with STOP nothing after it starts, and
 * the report says exactly which.
 */
class RetortFleetTest {
    private static final int SCHEMAS = 20;
    private static final int FILES = 5;

    @TempDir
    Path dir;
    private final String prefix = "fleet_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void targets() throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/a1_t.sql"), "-- revision: a1\n-- upgrade\nCREATE TABLE t (id INTEGER);\n"
                + "-- downgrade\nDROP TABLE t;\n");
        Files.writeString(dir.resolve("versions/a2_row.sql"), "-- revision: a2\n-- revises: a1\n-- upgrade\n"
                + "INSERT INTO t (id) VALUES (2);\n-- downgrade\nDELETE FROM t;\n");
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (int i = 0; i < SCHEMAS; i++) {
                s.execute("CREATE SCHEMA " + prefix + i);
            }
            s.execute("CREATE TABLE " + prefix + "7.t (id INTEGER)"); // schema 7 fails: its t exists
        }
        for (int i = 0; i < SCHEMAS; i++) {
            names.add("pg:" + prefix + i);
        }
        for (int i = 0; i < FILES; i++) {
            names.add("sqlite:" + i);
        }
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (int i = 0; i < SCHEMAS; i++) {
                s.execute("DROP SCHEMA IF EXISTS " + prefix + i + " CASCADE");
            }
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(TestDatabases.PG_ADMIN_URL, TestDatabases.PG_USER, "");
    }

    private RetortFleet fleet(int parallel, RetortFleet.OnError onError) {
        return fleet(parallel, onError, 0);
    }

    private RetortFleet fleet(int parallel, RetortFleet.OnError onError, int canary) {
        RetortFleet.Builder fleet = RetortFleet.builder().parallel(parallel).onError(onError).canary(canary);
        String sep = TestDatabases.PG_ADMIN_URL.contains("?") ? "&" : "?";
        for (String name : names) {
            RetortBuilder b = Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache"));
            if (name.startsWith("pg:")) {
                String schema = name.substring(3);
                b.url(TestDatabases.PG_ADMIN_URL + sep + "currentSchema=" + schema).user(TestDatabases.PG_USER)
                        .versionTableSchema(schema);
            } else {
                b.url("jdbc:sqlite:" + dir.resolve(name.substring(7) + ".db"));
            }
            fleet.target(name, b);
        }
        return fleet.build();
    }

    @Test
    void continueRunsEveryOtherTargetAndTheReportNamesTheOneThatFailed() {
        long started = System.nanoTime();
        RetortFleet.Report report = fleet(4, RetortFleet.OnError.CONTINUE).upgrade("head");
        System.out.println("[figures] fleet of " + names.size() + " targets, --parallel 4: "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertTrue(report.anyFailed());
        assertEquals(SCHEMAS + FILES - 1, report.count(RetortFleet.Outcome.DONE));
        List<RetortFleet.TargetResult> failed = report.results().stream()
                .filter(r -> r.outcome() == RetortFleet.Outcome.FAILED).toList();
        assertEquals(1, failed.size());
        assertEquals("pg:" + prefix + 7, failed.get(0).target());
        assertTrue(failed.get(0).error().contains("already exists"), failed.get(0).error());
        for (RetortFleet.TargetResult r : report.results()) {
            if (r.outcome() == RetortFleet.Outcome.DONE) {
                assertEquals(List.of(), r.from(), r.target());
                assertEquals(List.of("a2"), r.to(), r.target());
            }
        }
        RetortFleet.Report current = fleet(8, RetortFleet.OnError.CONTINUE).current();
        assertEquals(List.of(), current.results().get(7).to(), "the failed schema stayed at base");
        assertEquals(List.of("a2"), current.results().get(8).to());
        assertEquals(List.of("a2"), current.results().get(SCHEMAS + FILES - 1).to());
    }

    @Test
    void stopStartsNothingAfterTheFailingTarget() {
        RetortFleet.Report report = fleet(1, RetortFleet.OnError.STOP).upgrade("head");
        List<RetortFleet.Outcome> outcomes = report.results().stream().map(RetortFleet.TargetResult::outcome).toList();
        for (int i = 0; i < names.size(); i++) {
            RetortFleet.Outcome expected = i < 7 ? RetortFleet.Outcome.DONE
                    : i == 7 ? RetortFleet.Outcome.FAILED : RetortFleet.Outcome.SKIPPED;
            assertEquals(expected, outcomes.get(i), names.get(i));
        }
        assertTrue(Files.notExists(dir.resolve("0.db")) || report.results().get(SCHEMAS).outcome()
                == RetortFleet.Outcome.SKIPPED, "SQLite targets after the failure were never opened");
    }

    @Test
    void aFailingCanaryStopsTheFleetEvenWithContinue() {
        RetortFleet.Report report = fleet(4, RetortFleet.OnError.CONTINUE, 10).upgrade("head");
        for (int i = 0; i < names.size(); i++) {
            RetortFleet.Outcome expected = i < 7 ? RetortFleet.Outcome.DONE
                    : i < 10 ? (i == 7 ? RetortFleet.Outcome.FAILED : RetortFleet.Outcome.DONE) : RetortFleet.Outcome.SKIPPED;
            assertEquals(expected, report.results().get(i).outcome(), names.get(i));
        }
    }

    @Test
    void statusDowngradeAndStampRunOverTheFleetToo() {
        fleet(4, RetortFleet.OnError.CONTINUE).upgrade("head");
        RetortFleet.Report status = fleet(4, RetortFleet.OnError.CONTINUE).status();
        assertEquals("2 pending", status.results().get(7).detail(), "the failed schema is still at base");
        assertEquals("up to date", status.results().get(0).detail());
        RetortFleet.Report down = fleet(4, RetortFleet.OnError.CONTINUE).downgrade("a1");
        assertEquals(List.of("a2"), down.results().get(0).from());
        assertEquals(List.of("a1"), down.results().get(0).to());
        assertEquals(RetortFleet.Outcome.FAILED, down.results().get(7).outcome(), "nothing to downgrade below base");
        RetortFleet.Report stamp = fleet(4, RetortFleet.OnError.CONTINUE).stamp("a2", false);
        assertEquals(0, stamp.count(RetortFleet.Outcome.FAILED), stamp.toString());
        assertEquals(List.of("a2"), stamp.results().get(7).to());
        assertEquals(List.of("a1"), stamp.results().get(0).from());
    }

    @Test
    void checkFailsTheTargetsWhoseSchemaDiffersFromTheModels() throws Exception {
        dev.retort.model.ModelSource models = () -> dev.retort.model.Dsl.schema(dev.retort.model.Dsl.table("t",
                dev.retort.model.Dsl.column("id", dev.retort.model.Dsl.integer())));
        RetortFleet.Builder fleet = RetortFleet.builder().onError(RetortFleet.OnError.CONTINUE);
        for (int i = 0; i < FILES; i++) {
            fleet.target("sqlite:" + i, Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache")).models(models)
                    .url("jdbc:sqlite:" + dir.resolve(i + ".db")));
        }
        fleet.target("sqlite:drifted", Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache")).models(models)
                .url("jdbc:sqlite:" + dir.resolve("drifted.db")));
        fleet.build().upgrade("head");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("drifted.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE extra (id INTEGER)");
        }
        RetortFleet.Builder behind = RetortFleet.builder().onError(RetortFleet.OnError.CONTINUE);
        for (int i = 0; i < FILES; i++) {
            behind.target("sqlite:" + i, Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache")).models(models)
                    .url("jdbc:sqlite:" + dir.resolve(i + ".db")));
        }
        behind.target("sqlite:drifted", Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache")).models(models)
                .url("jdbc:sqlite:" + dir.resolve("drifted.db")));
        RetortFleet.Report check = behind.build().check();
        assertEquals(FILES, check.count(RetortFleet.Outcome.DONE), check.toString());
        RetortFleet.TargetResult drifted = check.results().get(FILES);
        assertEquals(RetortFleet.Outcome.FAILED, drifted.outcome());
        assertTrue(drifted.error().startsWith("1 difference(s) with the models") && drifted.error().contains("extra"),
                drifted.error());
        assertEquals("up to date", check.results().get(0).detail());
    }
}
