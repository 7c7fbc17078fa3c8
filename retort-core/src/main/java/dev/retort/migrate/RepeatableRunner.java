package dev.retort.migrate;

import dev.retort.Direction;
import dev.retort.HistoryRow;
import dev.retort.Migration;
import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.dialect.Dialect;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.render.DefaultOp;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies repeatable scripts after an upgrade's revisions (Flyway's {@code R__} scripts): each whose checksum
 * differs from the one its latest {@code repeatable} row in the history table records, in the order given (by
 * name), each in a transaction of its own with its history row. A failing script is rolled back (where DDL is
 * transactional) and records nothing, so the next upgrade tries it again; the ones before it stay applied.
 *
 * <pre>{@code
 * List<Repeatable> due = RepeatableRunner.pending(all, history.read(connection));
 * new RepeatableRunner(connection, dialect, history, "app", Map.of(), listener).run(due);
 * }</pre>
 */
public final class RepeatableRunner {
    /** Stands for the checksum of a script that ran before a downgrade. */
    private static final String DOWNGRADED = "downgraded";
    private final Connection connection;
    private final Dialect dialect;
    private final HistoryTable history;
    private final String appliedBy;
    private final Map<String, String> arguments;
    private final MigrationListener listener;

    /**
     * A repeatable script, ready to run.
     *
     * @param name       its name, recorded in the history row's {@code revision} column
     * @param checksum   SHA-256 (hex) of the script as it would run now
     * @param migration  its upgrade runs the script (the downgrade is never called)
     * @param statements how many statements it runs
     * @param applied    the checksum it last ran with, or null when it never ran
     */
    public record Repeatable(String name, String checksum, Migration migration, int statements, String applied) {
        public Repeatable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(checksum, "checksum");
            Objects.requireNonNull(migration, "migration");
        }

        /** This script with the checksum of its last run. */
        public Repeatable withApplied(String sum) {
            return new Repeatable(name, checksum, migration, statements, sum);
        }

        /** True when it never ran, changed since it last ran, or a downgrade ran since. */
        public boolean due() {
            return !checksum.equalsIgnoreCase(applied == null ? "" : applied);
        }

        /** Why it is due: null when it never ran; null too when it is not due. */
        public String reason() {
            return !due() || applied == null ? null
                    : applied.equals(DOWNGRADED) ? "a downgrade ran since it last ran" : "changed since it last ran";
        }
    }

    public RepeatableRunner(Connection connection, Dialect dialect, HistoryTable history, String appliedBy,
            Map<String, String> arguments, MigrationListener listener) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.history = Objects.requireNonNull(history, "history");
        this.appliedBy = appliedBy;
        this.arguments = Map.copyOf(arguments);
        this.listener = listener == null ? MigrationListener.NONE : listener;
    }

    /**
     * {@code all} with the checksum each last ran with, from the history table's rows (oldest first). A downgrade
     * may have dropped what a script made (a view over a table it dropped), so a script that ran before the latest
     * downgrade is due again, as if it had changed.
     */
    public static List<Repeatable> withHistory(List<Repeatable> all, List<HistoryRow> rows) {
        Map<String, String> applied = new HashMap<>();
        for (HistoryRow row : rows) {
            if (row.kind() == HistoryRow.Kind.REPEATABLE && row.success()) {
                applied.put(row.revision(), row.checksum());
            } else if (row.kind() == HistoryRow.Kind.DOWNGRADE && row.statementsDone() > 0) {
                applied.replaceAll((name, sum) -> DOWNGRADED);
            }
        }
        List<Repeatable> out = new ArrayList<>(all.size());
        for (Repeatable r : all) {
            out.add(r.withApplied(applied.get(r.name())));
        }
        return out;
    }

    /** The step a repeatable script is to listeners and in results: {@code repeatable plan_names}. */
    public static MigrationStep step(Repeatable repeatable) {
        return new MigrationStep(repeatable.name(), Direction.REPEATABLE, List.of(), List.of(), repeatable.reason());
    }

    /** Runs each script of {@code due} in order; returns their steps. */
    public List<MigrationStep> run(List<Repeatable> due) {
        if (due.isEmpty()) {
            return List.of();
        }
        history.ensure(connection);
        List<MigrationStep> steps = new ArrayList<>();
        for (Repeatable r : due) {
            MigrationStep step = step(r);
            listener.stepStarting(step);
            long started = System.nanoTime();
            apply(r, started);
            listener.stepFinished(step, Duration.ofNanos(System.nanoTime() - started));
            steps.add(step);
        }
        return steps;
    }

    private void apply(Repeatable r, long started) {
        ConnectionControl conn = new ConnectionControl(connection);
        boolean autoCommit = conn.autoCommit();
        try {
            conn.setAutoCommit(false);
            try {
                r.migration().upgrade(DefaultOp.online(connection, dialect, arguments));
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                history.insert(connection, new HistoryRow(0, r.name(), HistoryRow.Kind.REPEATABLE, r.checksum(),
                        r.statements(), r.statements(), true, millis, appliedBy,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), step(r).message()));
                connection.commit();
            } catch (Exception e) {
                conn.rollback(e);
                throw e instanceof RetortException re ? re : new MigrationFailedException(r.name(), null,
                        "repeatable script " + r.name() + " failed: " + e.getMessage(), e);
            }
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }
}
