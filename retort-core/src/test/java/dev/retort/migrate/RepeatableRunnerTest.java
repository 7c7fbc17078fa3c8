package dev.retort.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.HistoryRow;
import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.error.MigrationFailedException;
import dev.retort.migrate.RepeatableRunner.Repeatable;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which repeatable scripts are due, and how they run and are recorded: on every database. */
class RepeatableRunnerTest {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private final MigrationListener listener = new MigrationListener() {
        @Override
        public void stepFinished(MigrationStep step, Duration took) {
            events.add(step.describe());
        }
    };

    private static Repeatable repeatable(String name, String checksum, String sql) {
        return new Repeatable(name, checksum, SqlMigration.of(sql, ""), 1, null);
    }

    private static HistoryRow row(String revision, HistoryRow.Kind kind, String checksum, int done) {
        return new HistoryRow(0, revision, kind, checksum, done, done, true, 1L, "test", "2026-12-03T10:00:00Z", null);
    }

    @Test
    void dueWhenNewChangedOrRunBeforeTheLatestDowngrade() {
        List<Repeatable> all = List.of(repeatable("a", "s1", "SELECT 1"), repeatable("b", "s2", "SELECT 2"),
                repeatable("c", "s3", "SELECT 3"));
        List<HistoryRow> rows = List.of(row("a", HistoryRow.Kind.REPEATABLE, "s1", 1),
                row("b", HistoryRow.Kind.REPEATABLE, "old", 1));
        List<Repeatable> known = RepeatableRunner.withHistory(all, rows);
        assertEquals(List.of(false, true, true), known.stream().map(Repeatable::due).toList());
        assertEquals(java.util.Arrays.asList(null, "changed since it last ran", null),
                known.stream().map(Repeatable::reason).toList());

        List<HistoryRow> downgraded = new ArrayList<>(rows);
        downgraded.add(row("r1", HistoryRow.Kind.DOWNGRADE, null, 2));
        assertEquals(List.of(true, true, true), RepeatableRunner.withHistory(all, downgraded).stream().map(Repeatable::due).toList());
        assertEquals("a downgrade ran since it last ran", RepeatableRunner.withHistory(all, downgraded).get(0).reason());

        downgraded.add(row("a", HistoryRow.Kind.REPEATABLE, "s1", 1));
        assertEquals(false, RepeatableRunner.withHistory(all, downgraded).get(0).due(), "applied again since");
        List<HistoryRow> emptyDowngrade = new ArrayList<>(rows);
        emptyDowngrade.add(row("r1", HistoryRow.Kind.DOWNGRADE, null, 0));
        assertEquals(false, RepeatableRunner.withHistory(all, emptyDowngrade).get(0).due(), "a downgrade that ran nothing");
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void runsEachInOrderRecordingARepeatableRowAndStopsAtAFailure(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            HistoryTable history = new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME);
            RepeatableRunner runner = new RepeatableRunner(c, dialect, history, "test", Map.of(), listener);
            List<MigrationStep> ran = runner.run(List.of(repeatable("a_table", "s1", "CREATE TABLE rep_a (id INTEGER)"),
                    repeatable("b_fails", "s2", "INSERT INTO no_such_table VALUES (1)"),
                    repeatable("c_never", "s3", "CREATE TABLE rep_c (id INTEGER)")).subList(0, 1));
            assertEquals(List.of("repeatable a_table"), ran.stream().map(MigrationStep::arrow).toList());
            assertThrows(MigrationFailedException.class, () -> runner.run(List.of(
                    repeatable("b_fails", "s2", "INSERT INTO no_such_table VALUES (1)"),
                    repeatable("c_never", "s3", "CREATE TABLE rep_c (id INTEGER)"))));
            assertEquals(List.of("repeatable a_table"), events, "c_never did not start");
            List<HistoryRow> rows = history.read(c);
            assertEquals(List.of("a_table repeatable s1 1/1"), rows.stream().map(r -> r.revision() + " "
                    + r.kind().column() + " " + r.checksum() + " " + r.statementsDone() + "/" + r.statementsTotal()).toList());
            assertEquals(true, c.getAutoCommit(), "auto-commit restored");
        }
    }
}
