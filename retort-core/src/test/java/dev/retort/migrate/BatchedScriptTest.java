package dev.retort.migrate;

import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.HistoryRow;
import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.script.SqlMigration;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A SQL script's step on PostgreSQL (issue 12): its schema changes, its version row (checked on the server) and
 * its history row go with the COMMIT in one JDBC batch, one round trip, and nothing a user sees changes: a
 * failing statement names its file and line, a statement that returns rows or changes data still runs in its
 * place, a moved version row still stops the step, the recorded duration still covers the statements.
 */
class BatchedScriptTest {
    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();
    private final List<List<String>> callsPerStep = new ArrayList<>();

    private static SqlMigration script(Path file, String upgrade) {
        String id = file.getFileName().toString().split("_")[0];
        // Line 5 is the upgrade's first line.
        return SqlMigration.parse(file, "-- revision: " + id + "\n-- message: step " + id + "\n\n-- upgrade\n" + upgrade
                + "\n\n-- downgrade\nSELECT 1;\n");
    }

    private Map<String, LoadedMigration> scripts(String... idAndUpgrade) {
        Map<String, LoadedMigration> out = new LinkedHashMap<>();
        for (int i = 0; i < idAndUpgrade.length; i += 2) {
            SqlMigration m = script(dir.resolve(idAndUpgrade[i] + "_step.sql"), idAndUpgrade[i + 1]);
            out.put(idAndUpgrade[i], new LoadedMigration(m, "step " + idAndUpgrade[i], true, null,
                    m.upgradeStatements().size(), 1));
        }
        return out;
    }

    private Migrator migrator(Connection c, Dialect dialect, Map<String, LoadedMigration> scripts) {
        MigrationListener listener = new MigrationListener() {
            private int before;

            @Override
            public void stepStarting(MigrationStep step) {
                before = calls.size();
            }

            @Override
            public void stepFinished(MigrationStep step, Duration took) {
                callsPerStep.add(List.copyOf(calls.subList(before, calls.size())));
            }
        };
        return new Migrator(counting(c), dialect, VersionTable.of(dialect), revisions -> scripts, Map.of(), listener)
                .withHistory(new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME), "ci (tester)");
    }

    @Test
    void aScriptStepIsOneBatchWithItsBookkeepingAndCommit() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        Map<String, LoadedMigration> scripts = scripts(
                "a", "CREATE TABLE ta (id INTEGER);",
                "b", "CREATE TABLE tb (id INTEGER, name VARCHAR(20));\nCREATE INDEX ix_tb ON tb (name);\n"
                        + "COMMENT ON TABLE tb IS 'b';",
                "c", "CREATE TABLE tc (id INTEGER);");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            migrator(c, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("c"), up("a"), up("b", "a"), up("c", "b")));
            // After the first step (which creates the tables): the statements, the version row, the history
            // row and COMMIT in one batch; the driver's commit() then has nothing left to send.
            assertEquals(List.of("executeBatch", "commit"), callsPerStep.get(1), "calls of step b");
            assertEquals(List.of("executeBatch", "commit"), callsPerStep.get(2), "calls of step c");
            try (Connection other = db.connect(); Statement s = other.createStatement()) {
                assertEquals(List.of("c"), column(s, "SELECT version_num FROM retort_version"));
                assertEquals(List.of("b"), column(s, "SELECT obj_description('tb'::regclass)"));
                assertEquals(List.of("a 1/1", "b 3/3", "c 1/1"), column(s,
                        "SELECT revision || ' ' || statements_done || '/' || statements_total FROM retort_history ORDER BY id"));
            }
        }
    }

    @Test
    void aFailingHeldStatementReadsAsItDoesRunAtOnceAndLeavesNothing() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        Map<String, LoadedMigration> scripts = scripts(
                "a", "CREATE TABLE ta (id INTEGER);",
                "b", "CREATE TABLE tb (id INTEGER);\n\nCREATE INDEX ix_tb ON tb (nope);\nCREATE TABLE tb2 (id INTEGER);");
        String batched;
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> migrator(c, dialect, scripts)
                    .run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a"))));
            assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
            batched = e.getMessage();
            assertTrue(batched.startsWith("Running upgrade a -> b failed: " + dir.resolve("b_step.sql")
                    + ":7: ERROR: column \"nope\" does not exist"), batched);
            try (Connection other = db.connect(); Statement s = other.createStatement()) {
                assertEquals(List.of("a"), column(s, "SELECT version_num FROM retort_version"));
                assertEquals(List.of("ta"), column(s, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                        + " AND tablename LIKE 't%' ORDER BY 1"));
                assertEquals(List.of("a"), column(s, "SELECT revision FROM retort_history ORDER BY id"));
            }
        }
        // The same script behind a wrapper (as callbacks wrap it) runs each statement at once: the same words.
        Map<String, LoadedMigration> wrapped = new LinkedHashMap<>();
        scripts.forEach((id, m) -> wrapped.put(id, new LoadedMigration(new WrappedMigration() {
            @Override
            public dev.retort.Migration wrapped() {
                return m.migration();
            }

            @Override
            public void upgrade(dev.retort.Op op) throws Exception {
                m.migration().upgrade(op);
            }

            @Override
            public void downgrade(dev.retort.Op op) throws Exception {
                m.migration().downgrade(op);
            }
        }, m.message(), true, null, m.upgradeStatements(), 1)));
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> migrator(c, dialect, wrapped)
                    .run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a"))));
            assertEquals(batched, e.getMessage());
            assertEquals(List.of("execute", "execute", "rollback"), calls.subList(calls.size() - 3, calls.size()),
                    "each statement at once");
        }
    }

    @Test
    void statementsThatReturnRowsOrChangeDataRunInTheirPlace() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        Map<String, LoadedMigration> scripts = scripts(
                "a", "CREATE TABLE ta (id INTEGER);\nINSERT INTO ta VALUES (1);\nSELECT count(*) FROM ta;\n"
                        + "ALTER TABLE ta ADD COLUMN n INTEGER;\nUPDATE ta SET n = id + 1;\nCREATE INDEX ix_ta ON ta (n);",
                "b", "CREATE TABLE tb (id INTEGER);\nINSERT INTO tb VALUES ('x');");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            migrator(c, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("a"), up("a")));
            try (Connection other = db.connect(); Statement s = other.createStatement()) {
                assertEquals(List.of("1 2"), column(s, "SELECT id || ' ' || n FROM ta"));
            }
            // The INSERT after a held CREATE TABLE fails in its own place, with its own line.
            RetortException e = assertThrows(RetortException.class, () -> migrator(c, dialect, scripts)
                    .run(Plans.upgrade(Set.of("a"), Set.of("b"), up("b", "a"))));
            assertTrue(e.getMessage().contains(dir.resolve("b_step.sql") + ":6: ERROR: invalid input syntax for type integer"),
                    e.getMessage());
            stillAtA(db);
        }
    }

    @Test
    void aMovedVersionRowStopsTheStepOnTheServer() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        Map<String, LoadedMigration> scripts = scripts(
                "a", "CREATE TABLE ta (id INTEGER);",
                "b", "CREATE TABLE tb (id INTEGER);\nUPDATE retort_version SET version_num = 'elsewhere';");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            RetortException e = assertThrows(RetortException.class, () -> migrator(c, dialect, scripts)
                    .run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a"))));
            assertEquals(ErrorCode.VERSION_TABLE, e.code(), e.getMessage());
            assertTrue(e.getMessage().startsWith("version table changed under us: expected one row 'a' in "), e.getMessage());
            stillAtA(db);
        }
    }

    @Test
    void theRecordedDurationCoversTheHeldStatements() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        Map<String, LoadedMigration> scripts = scripts(
                "a", "CREATE TABLE ta (id INTEGER);",
                "b", "CREATE TABLE slow AS SELECT 1 AS x FROM pg_sleep(0.4);");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            migrator(c, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a")));
            assertEquals(List.of("executeBatch", "commit"), callsPerStep.get(1), "the slow statement was held back");
            HistoryRow b = new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME).read(c).get(1);
            assertTrue(b.durationMillis() >= 400 && b.durationMillis() < 10_000, b.toString());
        }
    }

    /** Other databases run each statement at once, as before: their drivers gain nothing from a batch. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void onlyPostgresqlHoldsStatementsBack(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        assertEquals(name.equals("postgresql"), dialect.batchable("CREATE TABLE t (id INTEGER)"));
        assertFalse(dialect.batchable("SELECT 1"));
        assertFalse(dialect.batchable("INSERT INTO t VALUES (1)"));
        assertFalse(dialect.batchable("/* CREATE */ WITH x AS (SELECT 1) SELECT * FROM x"));
        assertEquals(name.equals("postgresql"), dialect.batchable("-- a note\n  create index ix on t (id)"));
    }

    private Connection counting(Connection real) {
        return CountingConnection.of(real, calls::add);
    }

    /** The database is where step a left it: its version row, no table tb. */
    private static void stillAtA(TestDatabase db) throws Exception {
        try (Connection other = db.connect(); Statement s = other.createStatement()) {
            assertEquals(List.of("a"), column(s, "SELECT version_num FROM retort_version"));
            assertEquals(List.of(), column(s, "SELECT tablename FROM pg_tables WHERE tablename = 'tb'"
                    + " AND schemaname = current_schema()"));
        }
    }

    private static List<String> column(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
