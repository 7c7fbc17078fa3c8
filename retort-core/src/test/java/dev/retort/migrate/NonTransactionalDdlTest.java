package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.MigrationListener;
import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.MigrationFailedException;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On databases whose DDL commits at once (MariaDB, H2), a failed migration leaves exactly what those
 * databases could not take back, and the history row counts exactly that: data changes roll back with
 * the migration, schema changes stay and are counted.
 */
class NonTransactionalDdlTest {
    @TempDir
    Path dir;

    private Migrator migrator(Connection c, Dialect dialect, Map<String, LoadedMigration> scripts) {
        return new Migrator(c, dialect, VersionTable.of(dialect), revisions -> scripts, Map.of(), MigrationListener.NONE)
                .withHistory(new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME), "test");
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#nonTransactionalDdl")
    void aDataOnlyMigrationRollsBackAsAWhole(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            migrator(c, dialect, Map.of("a", migration("CREATE TABLE plans (id INTEGER PRIMARY KEY, tokens INTEGER)",
                    "INSERT INTO plans VALUES (1, 2000)"))).run(Plans.upgrade(Set.of(), Set.of("a"), up("a")));

            Map<String, LoadedMigration> bad = Map.of("b", migration("UPDATE plans SET tokens = 10000 WHERE id = 1",
                    "INSERT INTO no_such_table VALUES (1)"));
            assertThrows(MigrationFailedException.class,
                    () -> migrator(c, dialect, bad).run(Plans.upgrade(Set.of("a"), Set.of("b"), up("b", "a"))));

            assertEquals(2000, intQuery(c, "SELECT tokens FROM plans WHERE id = 1"), "the UPDATE rolled back");
            assertEquals(Set.of("a"), VersionTable.of(dialect).read(c));
            assertFalse(history(c, dialect).stream().anyMatch(r -> r.revision().equals("b")),
                    "nothing of b committed, so no row holds the operator back");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#nonTransactionalDdl")
    void aMixedMigrationKeepsAndCountsExactlyTheSchemaChanges(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            Map<String, LoadedMigration> mixed = Map.of("a", migration(
                    "CREATE TABLE plans (id INTEGER PRIMARY KEY, tokens INTEGER)",
                    "INSERT INTO plans VALUES (1, 2000)",
                    "CREATE TABLE users (id INTEGER PRIMARY KEY)",
                    "INSERT INTO users VALUES (1)",
                    "INSERT INTO no_such_table VALUES (1)"));
            assertThrows(MigrationFailedException.class,
                    () -> migrator(c, dialect, mixed).run(Plans.upgrade(Set.of(), Set.of("a"), up("a"))));

            // CREATE users committed the INSERT before it; the INSERT after it rolled back.
            assertEquals(1, intQuery(c, "SELECT COUNT(*) FROM plans"));
            assertEquals(0, intQuery(c, "SELECT COUNT(*) FROM users"));
            HistoryRow row = history(c, dialect).stream().filter(r -> r.revision().equals("a")).findFirst().orElseThrow();
            assertFalse(row.success());
            assertEquals(3, row.statementsDone(), "three statements committed: two CREATEs and the INSERT between");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#nonTransactionalDdl")
    void anInterruptedDowngradeIsFinishedByADowngrade(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            Map<String, LoadedMigration> scripts = Map.of(
                    "a", migration("CREATE TABLE plans (id INTEGER PRIMARY KEY)"),
                    "b", new LoadedMigration(new SqlMigration(
                            List.of("CREATE TABLE users (id INTEGER PRIMARY KEY)", "CREATE TABLE teams (id INTEGER PRIMARY KEY)"),
                            List.of("DROP TABLE users", "DROP TABLE no_such_table")), "test", true));
            migrator(c, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("b"), up("a"), up("b", "a")));

            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator(c, dialect, scripts)
                    .run(Plans.downgrade(Set.of("b"), Set.of("a"), Plans.down("b", "a"))));
            assertTrue(e.getMessage().contains("'retort downgrade a --retry'"), e.getMessage());
            assertFalse(e.getMessage().contains("upgrade head"), e.getMessage());
        }
    }

    private static LoadedMigration migration(String... up) {
        return new LoadedMigration(new SqlMigration(List.of(up), List.of()), "test", true);
    }

    private static List<HistoryRow> history(Connection c, Dialect dialect) {
        return new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME).read(c);
    }

    private static int intQuery(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
