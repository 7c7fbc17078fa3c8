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
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    public Migrator(Connection connection, Dialect dialect, VersionTable versionTable, MigrationSource source,
            Map<String, String> arguments, MigrationListener listener) {
        this(connection, dialect, versionTable, source, arguments, listener, null, null, Map.of());
    }

    private Migrator(Connection connection, Dialect dialect, VersionTable versionTable, MigrationSource source,
            Map<String, String> arguments, MigrationListener listener, HistoryTable history, String appliedBy,
            Map<String, Integer> skip) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.source = Objects.requireNonNull(source, "source");
        this.arguments = Map.copyOf(arguments == null ? Map.of() : arguments);
        this.listener = listener == null ? MigrationListener.NONE : listener;
        this.history = history;
        this.appliedBy = appliedBy;
        this.skip = Map.copyOf(skip);
    }

    /** This migrator, recording every step in {@code historyTable}, {@code appliedBy} naming who ran it. */
    public Migrator withHistory(HistoryTable historyTable, String appliedBy) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener,
                Objects.requireNonNull(historyTable, "historyTable"), appliedBy, skip);
    }

    /**
     * This migrator, resuming interrupted migrations: the step of each revision in {@code statementsDone}
     * skips that many of its first statements, which ran before it stopped.
     */
    public Migrator resuming(Map<String, Integer> statementsDone) {
        return new Migrator(connection, dialect, versionTable, source, arguments, listener, history, appliedBy,
                statementsDone);
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
        boolean tablesReady = false;
        for (Step step : plan.steps()) {
            LoadedMigration migration = loaded.get(step.revision().id());
            MigrationStep info = Steps.info(step, migration.message());
            listener.stepStarting(info);
            long started = System.nanoTime();
            runStep(step, migration, tablesReady);
            tablesReady = true;
            listener.stepFinished(info, Duration.ofNanos(System.nanoTime() - started));
        }
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
        boolean autoCommit = autoCommit();
        try {
            // Tables are created before the transaction: some databases commit DDL at once anyway.
            if (history != null) {
                history.ensure(connection);
            }
            setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e instanceof RetortException r ? r
                        : new RetortException(ErrorCode.VERSION_TABLE, "cannot " + what + " " + versionTable + ": "
                                + e.getMessage(), e);
            }
        } finally {
            setAutoCommit(autoCommit);
        }
    }

    private void runStep(Step step, LoadedMigration loaded, boolean tablesReady) {
        String revision = step.revision().id();
        int skipped = skip.getOrDefault(revision, 0);
        boolean tracked = history != null && (!loaded.transactional() || !dialect.transactionalDdl() || skipped > 0);
        if (skipped > 0 && history == null) {
            throw new IllegalStateException("resuming needs the history table");
        }
        boolean autoCommit = autoCommit();
        long started = System.nanoTime();
        Progress progress = new Progress(skipped);
        try {
            setAutoCommit(!loaded.transactional());
            try {
                // Created inside the first step's transaction, so a failing first step on a database
                // with transactional DDL leaves no empty version table behind.
                if (!tablesReady) {
                    versionTable.ensure(connection);
                    if (history != null) {
                        history.ensure(connection);
                    }
                }
                if (tracked) {
                    progress.row = history.insert(connection, row(step, loaded, skipped, false, null,
                            skipped > 0 ? "resumed at statement " + (skipped + 1) : "started"));
                    // A tracked step in a transaction commits each schema change with its count (a database
                    // without transactional DDL would commit DDL anyway, but not the count beside it).
                    progress.commitEach = loaded.transactional();
                    commitIf(progress.commitEach);
                }
                DefaultOp op = new DefaultOp(operation -> progress.accept(operation, revision), dialect, arguments, connection);
                Migration migration = loaded.migration();
                if (step.direction() == Direction.UPGRADE) {
                    migration.upgrade(op);
                } else {
                    migration.downgrade(op);
                }
                if (progress.toSkip > 0) {
                    throw new RetortException(ErrorCode.MIGRATION_INCOMPLETE, "cannot resume " + revision + " at statement "
                            + (skipped + 1) + ": its script now has only " + (skipped - progress.toSkip) + " statements; "
                            + "it changed since it ran: restore it, or make the database right by hand and 'retort stamp'");
                }
                // The version row and the history row commit together, in every mode.
                setAutoCommit(false);
                versionTable.apply(connection, step.removedHeads(), step.addedHeads());
                long millis = elapsed(started);
                if (progress.row != null) {
                    history.finish(connection, progress.row.id(), true, millis, loaded.message());
                } else if (history != null) {
                    history.insert(connection, row(step, loaded, progress.done, true, millis, loaded.message()));
                }
                connection.commit();
            } catch (Exception e) {
                if (!autoCommitQuietly()) {
                    rollback(e);
                }
                // What committed is what the row says now: a rollback takes back its count with its statements.
                int committed = progress.row == null ? progress.done : committedStatements(progress.row, e);
                RetortException failure = failure(step, loaded, e, progress.done, committed);
                if (progress.row != null) {
                    recordFailure(progress.row, committed, elapsed(started), failure);
                }
                throw failure;
            } catch (Error e) {
                // Restoring auto-commit below would otherwise commit half a migration.
                if (!autoCommitQuietly()) {
                    rollback(e);
                }
                throw e;
            }
        } finally {
            setAutoCommit(autoCommit);
        }
    }

    /** Counts statements as they run, skipping those a resumed step already ran, and records the count. */
    private final class Progress {
        int toSkip;
        int done;
        HistoryRow row;
        boolean commitEach;

        Progress(int toSkip) {
            this.toSkip = toSkip;
            this.done = toSkip;
        }

        final java.util.List<String> hashes = new java.util.ArrayList<>();

        void accept(dev.retort.op.Operation operation, String revision) {
            if (toSkip > 0) {
                // The statements skipped are those that committed (WritingCommands checked their hashes).
                hashes.add(StatementHashes.of(operation));
                toSkip--;
                if (toSkip == 0 && row != null) {
                    history.progress(connection, row.id(), done, StatementHashes.join(hashes));
                    commitIf(commitEach);
                }
                return;
            }
            // Without transactional DDL, a schema change commits at once with all before it: commit first so
            // the count beside those statements is durable too, then commit the change's own count. Data
            // changes stay in the transaction with their count, so a failure takes back both together.
            boolean commits = commitEach && !dialect.transactionalDdl() && ImplicitCommit.isDdl(operation);
            commitIf(commits);
            new JdbcSink(connection, dialect).accept(operation);
            done++;
            hashes.add(StatementHashes.of(operation));
            if (row != null) {
                history.progress(connection, row.id(), done, StatementHashes.join(hashes));
                commitIf(commits);
            }
        }
    }

    /** The statements of a tracked step that committed: its row's count, 0 when the row rolled back too. */
    private int committedStatements(HistoryRow started, Exception failure) {
        try {
            setAutoCommit(true);
            return history.find(connection, started.id()).map(HistoryRow::statementsDone).orElse(0);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            return started.statementsDone();
        }
    }

    /**
     * Closes a tracked step's row after a failure: a row none of whose statements committed is removed (the
     * database is as it was); otherwise it stays, marked failed, with the error.
     */
    private void recordFailure(HistoryRow started, int committed, long millis, RetortException failure) {
        try {
            setAutoCommit(true);
            if (committed == 0) {
                history.delete(connection, started.id());
            } else {
                history.finish(connection, started.id(), false, millis, failure.getMessage());
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private HistoryRow row(Step step, LoadedMigration loaded, int done, boolean success, Long millis, String message) {
        boolean up = step.direction() == Direction.UPGRADE;
        int total = up ? loaded.upgradeStatements() : loaded.downgradeStatements();
        return new HistoryRow(0, step.revision().id(), up ? HistoryRow.Kind.UPGRADE : HistoryRow.Kind.DOWNGRADE,
                loaded.checksum(), total < 0 ? null : total, done, success, millis, appliedBy,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), message);
    }

    private RetortException failure(Step step, LoadedMigration loaded, Exception e, int ran, int committed) {
        if (e instanceof RetortException r && !(r instanceof MigrationFailedException)) {
            return r;
        }
        String sql = e instanceof MigrationFailedException m ? m.sql() : null;
        Throwable cause = e instanceof MigrationFailedException && e.getCause() != null ? e.getCause() : e;
        String reason = e instanceof MigrationFailedException || e instanceof SQLException
                ? String.valueOf(e.getMessage()).strip() : e.toString();
        String where = scriptLine(e, loaded.migration().getClass());
        if (where != null && !reason.contains(where)) {
            reason = where + ": " + reason;
        }
        boolean up = step.direction() == Direction.UPGRADE;
        int total = up ? loaded.upgradeStatements() : loaded.downgradeStatements();
        boolean partial = !loaded.transactional() || !dialect.transactionalDdl();
        StringBuilder message = new StringBuilder("Running " + Steps.arrow(step) + " failed");
        if (partial) {
            message.append(" at statement ").append(ran + 1).append(total >= 0 ? " of " + total : "");
        }
        message.append(": ").append(reason);
        if (sql != null && !reason.contains(oneLine(sql))) {
            message.append(" [statement: ").append(abbreviate(sql)).append("]");
        }
        if (partial && committed > 0) {
            message.append(" (").append(committed).append(" statement(s) before it stay applied because ")
                    .append(loaded.transactional() ? dialect.name() + " commits DDL at once"
                            : "the migration runs outside a transaction");
            if (history != null) {
                // The way out repeats the interrupted step's own direction: an interrupted downgrade is
                // finished by a downgrade to where it was going, not by an upgrade.
                String again = up ? "retort upgrade head"
                        : "retort downgrade " + (step.to().isEmpty() ? "base" : step.to().get(0));
                message.append("; the next ").append(up ? "upgrade" : "downgrade")
                        .append(" will not start until you choose: ")
                        .append(total >= 0 ? "fix the cause and run '" + again + " --resume' to continue at "
                                + "statement " + (committed + 1) + ", or " : "")
                        .append("undo them by hand and run '" + again + " --retry'");
            }
            message.append(")");
        } else if (partial) {
            message.append(" (no statement of it stayed applied: the database is as it was)");
        }
        return new MigrationFailedException(step.revision().id(), sql, oneLine(message.toString()), cause);
    }

    /**
     * {@code File.java:line} of the deepest call in the migration's own class (a Java script) where
     * {@code e} was thrown, or null: a script's exception then points at the line that threw it.
     */
    private static String scriptLine(Throwable e, Class<?> migration) {
        String name = migration.getName();
        if (name.startsWith("dev.retort.script.")) {
            return null; // Retort's runner of SQL scripts: its message names the script's file and line already
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String owner = frame.getClassName();
                if ((owner.equals(name) || owner.startsWith(name + "$")) && frame.getFileName() != null
                        && frame.getLineNumber() > 0) {
                    return frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String abbreviate(String sql) {
        String s = oneLine(sql);
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    private void commitIf(boolean commit) {
        if (commit) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new RetortException(ErrorCode.CONNECTION, "cannot commit: " + e.getMessage(), e);
            }
        }
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "lost the database connection: " + e.getMessage(), e);
        }
    }

    /** The auto-commit flag, or true when the connection is gone (nothing to roll back then). */
    private boolean autoCommitQuietly() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    private void setAutoCommit(boolean on) {
        try {
            if (connection.getAutoCommit() != on) {
                connection.setAutoCommit(on);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot set auto-commit on the database connection: "
                    + e.getMessage(), e);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
