package dev.retort.migrate;

import static dev.retort.migrate.Plans.down;
import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.HistoryRow;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a step costs the database beyond its own statements (issue 12: the floor is the statements alone,
 * between BEGIN and COMMIT), and that the history rows stay exactly as they were when each was its own
 * statement: counted on a real connection, each call that reaches the server (an execute, a batch, a commit) one.
 */
class BookkeepingTest {
    @TempDir
    Path dir;

    private final CallsPerStep counted = new CallsPerStep();
    private final List<Integer> callsPerStep = counted.perStep;

    private Connection counting(Connection real) {
        return counted.counting(real);
    }

    private Migrator migrator(Connection c, Dialect dialect, Map<String, LoadedMigration> scripts) {
        return counted.migrator(c, dialect, scripts);
    }

    private static LoadedMigration migration(String message, String checksum, String... statements) {
        return new LoadedMigration(new SqlMigration(List.of(statements), List.of("DROP TABLE " + message.split(" ")[1])),
                message, true, checksum, statements.length, 1);
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void aStepAddsOneBatchAndTheCommitToItsStatements(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Map<String, LoadedMigration> scripts = Map.of(
                "a", migration("make ta", "aaaa", "CREATE TABLE ta (id INTEGER)"),
                "b", migration("make tb", "bbbb", "CREATE TABLE tb (id INTEGER)", "INSERT INTO tb VALUES (1)"),
                "c", migration("make tc", null, "CREATE TABLE tc (id INTEGER)"));
        try (TestDatabase db = TestDatabases.of(name, dir); Connection real = db.connect()) {
            Migrator migrator = migrator(counting(real), dialect, scripts);
            migrator.run(Plans.upgrade(Set.of(), Set.of("c"), up("a"), up("b", "a"), up("c", "b")));
            // The first step of a run also creates the two tables and reads the next history id, once (3 calls; 4
            // where the dialect reads the history table's columns with a query, which the count sees, and not through
            // DatabaseMetaData, which it does not). After it: the statements, one batch (the version row and the
            // history row), the commit. Before issue 12's fix every step paid the statements + 4: version row, next
            // history id, history row, commit.
            // Where the dialect lets schema changes wait (PostgreSQL), a step's CREATE or DROP goes in that batch: no
            // call of its own; the INSERT cannot wait, so the CREATE before it goes first, then the INSERT.
            int held = dialect.batchable("CREATE TABLE t (id INTEGER)") ? 0 : 1;
            int once = callsPerStep.get(0) - (held + 2);
            assertEquals(true, once == 3 || once == 4, "calls once per run: " + once);
            assertEquals(List.of(2 + 2, held + 2), callsPerStep.subList(1, 3), "calls per upgrade step");

            migrator.run(Plans.downgrade(Set.of("c"), Set.of(), down("c", "b"), down("b", "a"), down("a")));
            // A new run: the next history id once (and the history table's columns, as above).
            int onceDown = callsPerStep.get(3) - (held + 2);
            assertEquals(true, onceDown == once - 2, "calls once per downgrade run: " + onceDown);
            assertEquals(List.of(held + 2, held + 2), callsPerStep.subList(4, 6), "calls per downgrade step");

            List<HistoryRow> rows = new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME).read(real);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), rows.stream().map(HistoryRow::id).toList());
            assertEquals(List.of("a upgrade aaaa 1/1 make ta", "b upgrade bbbb 2/2 make tb", "c upgrade null 1/1 make tc",
                    "c downgrade null 1/1 make tc", "b downgrade bbbb 1/1 make tb", "a downgrade aaaa 1/1 make ta"),
                    rows.stream().map(BookkeepingTest::describe).toList());
            for (HistoryRow row : rows) {
                assertEquals("ci (tester)", row.appliedBy());
                assertEquals(true, row.success());
                assertEquals(true, row.durationMillis() != null && row.durationMillis() >= 0, row.toString());
                assertEquals(true, java.time.Instant.parse(row.appliedAt()) != null);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void historyValuesWrittenAsLiteralsReadBackUnchanged(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        String message = "make tq: it's a \\ back\\slash, \"quotes\", ? marks, -- no comment, /* nor this */ and ü";
        Map<String, LoadedMigration> scripts = Map.of("a", migration(message, "cafe", "CREATE TABLE tq (id INTEGER)"));
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            migrator(c, dialect, scripts).run(Plans.upgrade(Set.of(), Set.of("a"), up("a")));
            List<HistoryRow> rows = new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME).read(c);
            assertEquals(1, rows.size());
            assertEquals(message, rows.get(0).message());
            assertEquals("a upgrade cafe 1/1 " + message, describe(rows.get(0)));
            assertEquals(Set.of("a"), migrator(c, dialect, scripts).current());
        }
    }

    private static String describe(HistoryRow row) {
        return row.revision() + " " + row.kind().column() + " " + row.checksum() + " " + row.statementsDone() + "/"
                + row.statementsTotal() + " " + row.message();
    }
}
