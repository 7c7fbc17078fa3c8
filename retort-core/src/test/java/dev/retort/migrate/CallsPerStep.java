package dev.retort.migrate;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls each step of a {@link Migrator} makes to the server (an execute, a batch, a commit: one each), counted on
 * a real connection, for the tests of what a step costs the database.
 */
final class CallsPerStep {
    private final AtomicInteger calls = new AtomicInteger();
    /** The calls of each finished step, in order. */
    final List<Integer> perStep = new ArrayList<>();

    /** {@code real}, counting the calls that go to the server. */
    Connection counting(Connection real) {
        return CountingConnection.of(real, name -> calls.incrementAndGet());
    }

    /** A migrator with a history table on {@code c}, whose steps' calls on a {@link #counting} connection are kept. */
    Migrator migrator(Connection c, Dialect dialect, Map<String, LoadedMigration> scripts) {
        MigrationListener listener = new MigrationListener() {
            private int before;

            @Override
            public void stepStarting(MigrationStep step) {
                before = calls.get();
            }

            @Override
            public void stepFinished(MigrationStep step, Duration took) {
                perStep.add(calls.get() - before);
            }
        };
        return new Migrator(c, dialect, VersionTable.of(dialect), revisions -> scripts, Map.of(), listener)
                .withHistory(new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME), "ci (tester)");
    }
}
