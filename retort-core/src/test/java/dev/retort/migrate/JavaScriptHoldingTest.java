package dev.retort.migrate;

import static dev.retort.Ddl.column;
import static dev.retort.Ddl.enumOf;
import static dev.retort.Ddl.integer;
import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java script's schema changes go with its version and history rows as a SQL script's do (issue 12: one round
 * trip a step on PostgreSQL), and the script still sees each statement at once wherever it could tell: a failure
 * names its line, its own JDBC calls and savepoints see what ran before them.
 */
class JavaScriptHoldingTest {
    @TempDir
    Path dir;

    private final CallsPerStep counted = new CallsPerStep();
    private final List<Integer> callsPerStep = counted.perStep;

    /** A Java script with nothing to undo. */
    private abstract static class Script implements Migration {
        @Override
        public void downgrade(Op op) {
        }
    }

    private static final class MakeTc extends Script {
        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE tc (id INTEGER)");
            op.execute("CREATE INDEX ix_tc ON tc (id)");
        }
    }

    private static final class IndexOnAMissingColumn extends Script {
        int line;

        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE tb (id INTEGER)");
            line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
            op.execute("CREATE INDEX ix_tb ON tb (no_such_column)");
            op.execute("CREATE TABLE tc (id INTEGER)");
        }
    }

    private static final class ReadsWhatItMade extends Script {
        final List<String> seen = new ArrayList<>();

        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE ta (id INTEGER)");
            try (Statement s = op.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM ta")) {
                seen.add("ta read: " + rs.next());
            } catch (SQLException e) {
                seen.add("ta not read: " + e.getMessage());
            }
            op.execute("CREATE TABLE tb (id INTEGER)");
        }
    }

    private static final class SavepointAroundAnIndex extends Script {
        final List<String> seen = new ArrayList<>();

        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE tc (id INTEGER)");
            op.execute("SAVEPOINT before_index");
            try {
                op.execute("CREATE INDEX ix_tc ON tc (no_such_column)");
            } catch (RetortException e) {
                seen.add("index refused at its call");
                op.execute("ROLLBACK TO SAVEPOINT before_index");
            }
            op.execute("CREATE TABLE td (id INTEGER)");
        }
    }

    /** Changing the enum reads the column as it stands: the table made just before must be there to read. */
    private static final class WidensItsEnum extends Script {
        @Override
        public void upgrade(Op op) {
            op.createTable("te", column("id", integer()).primaryKey(), column("k", enumOf("te_kind", "a", "b")).notNull());
            op.alterColumn("te", "k", a -> a.type(enumOf("te_kind", "a", "b", "c")));
        }
    }

    private static LoadedMigration java(Migration script) {
        return new LoadedMigration(script, "java", true, null, -1, -1);
    }

    /** A SQL script of {@code statements}, one a line. */
    private LoadedMigration sql(String id, String... statements) {
        dev.retort.script.SqlMigration m = dev.retort.script.SqlMigration.parse(dir.resolve(id + "_step.sql"),
                "-- revision: " + id + "\n-- message: step " + id + "\n\n-- upgrade\n" + String.join(";\n", statements)
                        + ";\n\n-- downgrade\nSELECT 1;\n");
        return new LoadedMigration(m, "sql", true, null, m.upgradeStatements().size(), 1);
    }

    private Migrator migrator(Connection real, Dialect dialect, Map<String, LoadedMigration> scripts) {
        return counted.migrator(counted.counting(real), dialect, scripts);
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void aJavaScriptsStepCostsTheServerWhatTheSameSqlScriptsDoes(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Map<String, LoadedMigration> scripts = Map.of(
                "a", sql("a", "CREATE TABLE ta (id INTEGER)"),
                "b", sql("b", "CREATE TABLE tb (id INTEGER)", "CREATE INDEX ix_tb ON tb (id)"),
                "c", java(new MakeTc()));
        try (TestDatabase db = TestDatabases.of(name, dir); Connection real = db.connect()) {
            migrator(real, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("c"), up("a"), up("b", "a"), up("c", "b")));
            assertEquals(callsPerStep.get(1), callsPerStep.get(2), "calls of the SQL step and of the Java step");
            try (Statement s = real.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM tc")) {
                assertTrue(rs.next());
            }
        }
    }

    @Test
    void aHeldStatementThatFailsNamesTheScriptsLineAndNothingStays() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        IndexOnAMissingColumn script = new IndexOnAMissingColumn();
        Map<String, LoadedMigration> scripts = Map.of("a", java(script));
        try (TestDatabase db = TestDatabases.postgres(); Connection real = db.connect()) {
            RetortException e = assertThrows(RetortException.class,
                    () -> migrator(real, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("a"), up("a"))));
            assertTrue(e.getMessage().contains("failed: JavaScriptHoldingTest.java:" + script.line + ": ERROR: column "
                    + "\"no_such_column\" does not exist"), e.getMessage());
            assertTrue(e.getMessage().endsWith("[statement: CREATE INDEX ix_tb ON tb (no_such_column)]"), e.getMessage());
            assertEquals(List.of(), tables(real, "tb", "tc"));
        }
    }

    @Test
    void theScriptsOwnQueriesAndSavepointsSeeEachStatementAtOnce() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        ReadsWhatItMade reads = new ReadsWhatItMade();
        SavepointAroundAnIndex savepoint = new SavepointAroundAnIndex();
        Map<String, LoadedMigration> scripts = Map.of("a", java(reads), "b", java(savepoint));
        try (TestDatabase db = TestDatabases.postgres(); Connection real = db.connect()) {
            migrator(real, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a")));
            assertEquals(List.of("ta read: true"), reads.seen);
            assertEquals(List.of("index refused at its call"), savepoint.seen);
            assertEquals(List.of("ta", "tb", "tc", "td"), tables(real, "ta", "tb", "tc", "td"));
        }
    }

    @Test
    void whatRenderingReadsFromTheDatabaseSeesTheStatementsHeldBeforeIt() throws Exception {
        Dialect dialect = Dialects.forName("postgresql");
        try (TestDatabase db = TestDatabases.postgres(); Connection real = db.connect()) {
            migrator(real, dialect, Map.of("a", java(new WidensItsEnum()))).run(Plans.upgrade(Set.of(), Set.of("a"), up("a")));
            try (Statement s = real.createStatement(); ResultSet rs = s.executeQuery("SELECT string_agg(e.enumlabel, ',' "
                    + "ORDER BY e.enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                    + "WHERE t.typname = 'te_kind' AND t.typnamespace = current_schema()::regnamespace")) {
                assertTrue(rs.next());
                assertEquals("a,b,c", rs.getString(1));
            }
        }
    }

    private static List<String> tables(Connection c, String... names) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String table : names) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, new String[] {"TABLE"})) {
                if (rs.next()) {
                    found.add(table);
                }
            }
        }
        return found;
    }
}
