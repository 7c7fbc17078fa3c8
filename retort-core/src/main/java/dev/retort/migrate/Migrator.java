package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.render.DefaultOp;
import dev.retort.render.ImplicitCommit;
import dev.retort.render.JdbcSink;
import dev.retort.revision.Direction;
import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a {@link Plan} on a live database, one transaction per step: the migration's upgrade or downgrade,
 * then the step's change to the version table (and its history row), then commit. A failing step is
 * rolled back; on a database with transactional DDL that leaves schema, version table and history at
 * the previous revision.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(connection, dialect, VersionTable.of(dialect), source, Map.of(), listener)
 *         .withHistory(new HistoryTable(dialect, null, HistoryTable.DEFAULT_NAME), "app (deploy)");
 * migrator.run(plan);
 * }</pre>
 *
 * <p>A step that cannot roll back (a migration declared non-transactional, or any migration on a database
 * whose DDL commits at once) is <em>tracked</em>: its history row is written before it starts, counts each
 * statement as it commits, and is closed when the step ends. On a database without transactional DDL a
 * tracked step commits around each schema change (which that database commits anyway) together with its
 * count, while data changes stay in the transaction with theirs: the count is exact, and a data-only
 * migration still rolls back as a whole. If it stops part-way, the row says how far
 * it got ({@link MigrationGuard} then holds later runs back). The connection's auto-commit setting is
 * restored after each step.
 */
public final class Migrator {
    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final MigrationSource source;
    private final Map<String, String> arguments;
    private final MigrationListener listener;
    private final HistoryTable history;
    private final String appliedBy;
    private final Map<String, Integer> skip;
    private final StatementLimits limits;
    /** Throws when the migration lock is no longer held: run before each step, statement and commit. */
    private final Runnable lockCheck;
    /** Whether a step set timeouts on the connection, so a later step without its own resets them. */
    private boolean timeoutsSet;

    public Migrator(Connection connection, Dialect dialect, VersionTable versionTable, MigrationSource source,
            Map<String, String> arguments, MigrationListener listener) {
        this(connection, dialect, versionTable, source, arguments, listener, null, null, Map.of(), StatementLimits.NONE,
                () -> { });
    }

    private Migrator(Connection connection, Dialect dialect, VersionTable versionTable, MigrationSource source,
            Map<String, String> arguments, MigrationListener listener, HistoryTable history, String appliedBy,
            Map<String, Integer> skip, StatementLimits limits, Runnable lockCheck) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.source = Objects.requireNonNull(source, "source");
        this.arguments = Map.copyOf(arguments == null ? Map.of() : arguments);
        this.listener = listener == null ? MigrationListener.NONE : listener;
        this.history = history;
        this.appliedBy = appliedBy;
        this.skip = Map.copyOf(skip);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.lockCheck = Objects.requireNonNull(lockCheck, "lockCheck");
    }

    /** This migrator, recording every step in {@code historyTable}, {@code appliedBy} naming who ran it. */
    public Migrator withHistory(HistoryTable historyTable, String appliedBy) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener,
                Objects.requireNonNull(historyTable, "historyTable"), appliedBy, skip, limits, lockCheck);
    }

    /**
     * This migrator, resuming interrupted migrations: the step of each revision in {@code statementsDone}
     * skips that many of its first statements, which ran before it stopped.
     */
    public Migrator resuming(Map<String, Integer> statementsDone) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener, history, appliedBy,
                statementsDone, limits, lockCheck);
    }

    /** This migrator, setting lock and statement timeouts before each step and retrying steps that hit one. */
    public Migrator limited(StatementLimits statementLimits) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener, history, appliedBy, skip,
                statementLimits, lockCheck);
    }

    /**
     * This migrator, asking {@code check} before each step, each statement and each commit whether the migration
     * lock is still held ({@code MigrationLock::requireHeld}): a lost lease stops the run there, rolling back
     * what the step's transaction holds.
     */
    public Migrator guardedBy(Runnable check) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener, history, appliedBy, skip,
                limits, check);
    }

    /** The version table's rows: the applied heads (empty at base). */
    public Set<String> current() {
        return versionTable.read(connection);
    }

    /**
     * Runs every step of {@code plan} in order. An empty plan does nothing: no migration is loaded and no
     * version table is created.
     *
     * @throws MigrationFailedException when a step fails; earlier steps stay committed
     */
    public void run(Plan plan) {
        if (plan.isEmpty()) {
            return;
        }
        Map<String, LoadedMigration> loaded = PlanLoading.load(source, plan);
        StepRunner runner = new StepRunner(new ConnectionControl(connection), dialect, versionTable, arguments, history,
                appliedBy, skip, lockCheck);
        boolean tablesReady = false;
        for (Step step : plan.steps()) {
            lockCheck.run();
            LoadedMigration migration = loaded.get(step.revision().id());
            MigrationStep info = Steps.info(step, migration.message());
            listener.stepStarting(info);
            long started = System.nanoTime();
            runLimited(runner, step, migration, tablesReady);
            tablesReady = true;
            listener.stepFinished(info, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Runs one step under its timeouts, again after a retryable failure when it rolled back whole. */
    private void runLimited(StepRunner runner, Step step, LoadedMigration migration, boolean tablesReady) {
        Duration lock = migration.lockTimeout() != null ? migration.lockTimeout() : limits.lockTimeout();
        Duration statement = migration.statementTimeout() != null ? migration.statementTimeout() : limits.statementTimeout();
        boolean wholeRollback = migration.transactional() && dialect.transactionalDdl() && !skip.containsKey(step.revision().id());
        for (int attempt = 0; ; attempt++) {
            if (lock != null || statement != null || timeoutsSet) {
                setTimeouts(lock, statement);
            }
            try {
                runner.run(step, migration, tablesReady);
                return;
            } catch (RetortException e) {
                SQLException cause = sqlCause(e);
                if (attempt >= limits.retries() || !wholeRollback || cause == null || !dialect.retryable(cause)) {
                    throw e;
                }
                listener.notice("retrying " + step.direction().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + step.revision().id() + " (" + (attempt + 1) + " of " + limits.retries() + "): "
                        + firstLine(cause.getMessage()));
                // Backs off 200ms, 400ms, 800ms... up to 5s, jittered, so retrying replicas do not collide again.
                long pause = Math.min(5000, 200L << Math.min(attempt, 5));
                dev.retort.dialect.LockTimeouts.pause(pause / 2 + (long) (Math.random() * pause / 2));
            }
        }
    }

    private void setTimeouts(Duration lock, Duration statement) {
        try (java.sql.Statement s = connection.createStatement()) {
            for (String sql : dialect.timeoutStatements(lock, statement)) {
                s.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            timeoutsSet = lock != null || statement != null;
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot set the statement timeouts: " + e.getMessage(), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    /**
     * Rewrites the version table to hold exactly {@code newRows}, running no migration, in one transaction,
     * with {@code records} written to the history table. Creates the tables only when there is a row to write.
     */
    public void stamp(Set<String> newRows, List<HistoryRow> records) {
        Set<String> currentRows = current();
        List<String> removed = currentRows.stream().filter(r -> !newRows.contains(r)).sorted().toList();
        List<String> added = newRows.stream().filter(r -> !currentRows.contains(r)).sorted().toList();
        if (removed.isEmpty() && added.isEmpty() && (history == null || records.isEmpty())) {
            return;
        }
        inTransaction("stamp", () -> {
            if (!removed.isEmpty() || !added.isEmpty()) {
                versionTable.ensure(connection);
                versionTable.apply(connection, removed, added);
            }
            record(records);
        });
    }

    /** Rewrites the version table to hold exactly {@code newRows}, running no migration and recording nothing. */
    public void stamp(Set<String> newRows) {
        stamp(newRows, List.of());
    }

    /** Writes {@code records} to the history table in one transaction (for {@code stamp --refresh-checksums}). */
    public void record(List<HistoryRow> records) {
        if (history == null || records.isEmpty()) {
            return;
        }
        inTransaction("record", () -> {
            history.ensure(connection);
            for (HistoryRow row : records) {
                history.insert(connection, row);
            }
        });
    }

    private void inTransaction(String what, Runnable work) {
        ConnectionControl conn = new ConnectionControl(connection);
        boolean autoCommit = conn.autoCommit();
        try {
            // Tables are created before the transaction: some databases commit DDL at once anyway.
            if (history != null) {
                history.ensure(connection);
            }
            conn.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback(e);
                throw e instanceof RetortException r ? r
                        : new RetortException(ErrorCode.VERSION_TABLE, "cannot " + what + " " + versionTable + ": "
                                + e.getMessage(), e);
            }
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }
}
