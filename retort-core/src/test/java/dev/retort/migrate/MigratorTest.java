package dev.retort.migrate;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import static dev.retort.migrate.Plans.down;
import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.MigrationFailedException;
import dev.retort.Op;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.revision.Plan;
import dev.retort.revision.RevisionNode;
import dev.retort.revision.Step;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigratorTest {
    @TempDir
    Path dir;

    private final Map<String, LoadedMigration> scripts = new HashMap<>();
    private final List<List<String>> loadCalls = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private final MigrationSource source = revisions -> {
        loadCalls.add(revisions.stream().map(RevisionNode::id).toList());
        return scripts;
    };

    private final MigrationListener listener = new MigrationListener() {
        @Override
        public void stepStarting(MigrationStep step) {
            events.add("starting " + step.arrow());
        }

        @Override
        public void stepFinished(MigrationStep step, Duration took) {
            assertFalse(took.isNegative());
            events.add("finished " + step.arrow());
        }
    };

    private void script(String id, String up, String down) {
        scripts.put(id, new LoadedMigration(SqlMigration.of(up, down), "make " + id, true));
    }

    private Migrator migrator(Connection c, String dialectName) {
        Dialect dialect = Dialects.forName(dialectName);
        return new Migrator(c, dialect, VersionTable.of(dialect), source, Map.of("tenant", "acme"), listener);
    }

    // Scripts write bare names, which H2 stores in upper case; the version table's name Retort quotes.
    private static boolean tableExists(Connection c, String dialectName, String table) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        return dialect.findTable(c, null, table).isPresent()
                || dialect.findTable(c, null, table.toUpperCase(java.util.Locale.ROOT)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void upgradeThenDowngradeRunsEachStepAndMovesTheVersionRows(String dialectName) throws Exception {
        script("a", "CREATE TABLE ta (id INTEGER)", "DROP TABLE ta");
        script("b", "CREATE TABLE tb (id INTEGER)", "DROP TABLE tb");
        script("c", "CREATE TABLE tc (id INTEGER)", "DROP TABLE tc");
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            Migrator migrator = migrator(c, dialectName);
            migrator.run(Plans.upgrade(Set.of(), Set.of("c"), up("a"), up("b", "a"), up("c", "b")));
            assertEquals(Set.of("c"), migrator.current());
            assertTrue(tableExists(c, dialectName, "tc"));
            assertEquals(List.of(List.of("a", "b", "c")), loadCalls, "one load for the whole plan");
            assertEquals(List.of("starting upgrade <base> -> a", "finished upgrade <base> -> a",
                    "starting upgrade a -> b", "finished upgrade a -> b",
                    "starting upgrade b -> c", "finished upgrade b -> c"), events);
            assertTrue(c.getAutoCommit(), "auto-commit restored");

            migrator.run(Plans.downgrade(Set.of("c"), Set.of(), down("c", "b"), down("b", "a"), down("a")));
            assertEquals(Set.of(), migrator.current());
            assertFalse(tableExists(c, dialectName, "ta"));
            assertTrue(tableExists(c, dialectName, "retort_version"), "downgrading to base keeps the version table");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void anEmptyPlanLoadsNothingAndCreatesNoVersionTable(String dialectName) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            migrator(c, dialectName).run(Plans.upgrade(Set.of(), Set.of()));
            assertEquals(List.of(), loadCalls);
            assertEquals(List.of(), events);
            assertFalse(tableExists(c, dialectName, "retort_version"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void aFailingStepLeavesSchemaAndVersionTableAtThePreviousRevision(String dialectName) throws Exception {
        script("a", "CREATE TABLE ta (id INTEGER)", "DROP TABLE ta");
        scripts.put("b", new LoadedMigration(new SqlMigration(
                List.of("CREATE TABLE tb (id INTEGER)", "INSERT INTO no_such_table VALUES (1)"), List.of()), "b", true));
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            Migrator migrator = migrator(c, dialectName);
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> migrator.run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a"))));
            assertEquals("b", e.revision());
            assertEquals("INSERT INTO no_such_table VALUES (1)", e.sql());
            assertTrue(e.getMessage().startsWith("Running upgrade a -> b failed: "), e.getMessage());
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
            assertEquals(ErrorCode.MIGRATION_FAILED, e.code());

            assertEquals(Set.of("a"), migrator.current());
            assertTrue(tableExists(c, dialectName, "ta"));
            assertFalse(tableExists(c, dialectName, "tb"), "the failed step's DDL is rolled back");
            assertTrue(c.getAutoCommit());
            assertEquals(List.of("starting upgrade <base> -> a", "finished upgrade <base> -> a",
                    "starting upgrade a -> b"), events);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void aFailingFirstStepLeavesNoVersionTable(String dialectName) throws Exception {
        scripts.put("a", new LoadedMigration(new SqlMigration(
                List.of("CREATE TABLE ta (id INTEGER)", "INSERT INTO no_such_table VALUES (1)"), List.of()), "a", true));
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            assertThrows(MigrationFailedException.class,
                    () -> migrator(c, dialectName).run(Plans.upgrade(Set.of(), Set.of("a"), up("a"))));
            assertFalse(tableExists(c, dialectName, "ta"));
            assertFalse(tableExists(c, dialectName, "retort_version"));
        }
    }

    @Test
    void withoutTransactionalDdlTheMessageSaysWhatMayStayApplied() throws Exception {
        script("a", "CREATE TABLE ta (id INTEGER)", "DROP TABLE ta");
        scripts.put("b", new LoadedMigration(new SqlMigration(
                List.of("CREATE TABLE tb (id INTEGER)", "INSERT INTO no_such_table VALUES (1)"), List.of()), "b", true));
        try (TestDatabase db = TestDatabases.of("mariadb", dir); Connection c = db.connect()) {
            Migrator migrator = migrator(c, "mariadb");
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> migrator.run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a"))));
            assertTrue(e.getMessage().contains("failed at statement 2: ") && e.getMessage().endsWith("(1 statement(s) "
                    + "before it stay applied because mariadb commits DDL at once)"), e.getMessage());
            assertEquals(Set.of("a"), migrator.current(), "the version row stays at the last step that finished");
            assertTrue(tableExists(c, "mariadb", "tb"), "MariaDB cannot roll back CREATE TABLE");
        }
    }

    @Test
    void aNonTransactionalMigrationRunsOutsideATransaction() throws Exception {
        // PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block.
        script("a", "CREATE TABLE ta (id INTEGER)", "DROP TABLE ta");
        scripts.put("b", new LoadedMigration(SqlMigration.of("CREATE INDEX CONCURRENTLY ix_ta ON ta (id)",
                "DROP INDEX CONCURRENTLY ix_ta"), "concurrent index", false));
        try (TestDatabase db = TestDatabases.of("postgresql", dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            Migrator migrator = migrator(c, "postgresql");
            migrator.run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a")));
            assertFalse(c.getAutoCommit(), "auto-commit restored to what it was");
            c.setAutoCommit(true);
            assertEquals(Set.of("b"), migrator.current());

            scripts.put("b", new LoadedMigration(SqlMigration.of("CREATE INDEX CONCURRENTLY ix_ta ON ta (id)",
                    "DROP INDEX CONCURRENTLY ix_ta"), "concurrent index", true));
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> migrator.run(Plans.downgrade(Set.of("b"), Set.of("a"), down("b", "a"))));
            assertTrue(e.getMessage().contains("transaction"), e.getMessage());
        }
    }

    @Test
    void anExceptionInAScriptRollsBackAndNamesTheRevision() throws Exception {
        scripts.put("a", new LoadedMigration(new Migration() {
            @Override
            public void upgrade(Op op) {
                op.execute("CREATE TABLE ta (id INTEGER)");
                throw new IllegalStateException("tenant " + op.arguments().get("tenant") + " is not ready");
            }

            @Override
            public void downgrade(Op op) {
            }
        }, "a", true));
        try (TestDatabase db = TestDatabases.of("postgresql", dir); Connection c = db.connect()) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> migrator(c, "postgresql").run(Plans.upgrade(Set.of(), Set.of("a"), up("a"))));
            assertEquals("a", e.revision());
            assertNull(e.sql());
            // The script's own file and line come first: here the anonymous migration above, in this file.
            assertTrue(e.getMessage().matches("Running upgrade <base> -> a failed: MigratorTest\\.java:\\d+: "
                    + "java\\.lang\\.IllegalStateException: tenant acme is not ready"), e.getMessage());
            assertEquals(IllegalStateException.class, e.getCause().getClass());
            assertFalse(tableExists(c, "postgresql", "ta"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void stampWritesTheDifferenceOnly(String dialectName) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            Migrator migrator = migrator(c, dialectName);
            migrator.stamp(Set.of());
            assertFalse(tableExists(c, dialectName, "retort_version"), "nothing to write, nothing created");
            migrator.stamp(Set.of("a", "b"));
            assertEquals(Set.of("a", "b"), migrator.current());
            migrator.stamp(Set.of("b", "c"));
            assertEquals(Set.of("b", "c"), migrator.current());
            migrator.stamp(Set.of());
            assertEquals(Set.of(), migrator.current());
            assertEquals(List.of(), loadCalls);
            assertTrue(c.getAutoCommit());
        }
    }

    @Test
    void aMergeStepReplacesBothHeads() throws Exception {
        script("a", "CREATE TABLE ta (id INTEGER)", "DROP TABLE ta");
        script("b", "CREATE TABLE tb (id INTEGER)", "DROP TABLE tb");
        script("m", "CREATE TABLE tm (id INTEGER)", "DROP TABLE tm");
        try (TestDatabase db = TestDatabases.of("sqlite", dir); Connection c = db.connect()) {
            Migrator migrator = migrator(c, "sqlite");
            Plan plan = Plans.upgrade(Set.of(), Set.of("m"), up("a"), up("b"), up("m", "a", "b"));
            migrator.run(plan);
            assertEquals(Set.of("m"), migrator.current());
            migrator.run(Plans.downgrade(Set.of("m"), Set.of("a", "b"), down("m", "a", "b")));
            assertEquals(Set.of("a", "b"), migrator.current());
        }
    }
}
