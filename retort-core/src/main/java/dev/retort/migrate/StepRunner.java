package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.render.DefaultOp;
import dev.retort.render.ImplicitCommit;
import dev.retort.render.JdbcSink;
import dev.retort.op.Operation;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one step of a plan for {@link Migrator}: the migration, then the version row and history row in the
 * same commit; on failure, the rollback and the history row saying how far a tracked step got.
 */
final class StepRunner {
    private final ConnectionControl conn;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final Map<String, String> arguments;
    private final HistoryTable history;
    private final String appliedBy;
    private final Map<String, Integer> skip;
    /** The id of the next history row, read once per run (ids are written only under the lock); null: read it. */
    private Long nextHistoryId;
    private final Runnable lockCheck;

    /**
     * @param history null to record nothing
     * @param skip      for each revision being resumed, the statements that ran before it stopped
     * @param lockCheck throws when the migration lock was lost: asked before each statement and the commit
     */
    StepRunner(ConnectionControl conn, Dialect dialect, VersionTable versionTable, Map<String, String> arguments,
            HistoryTable history, String appliedBy, Map<String, Integer> skip, Runnable lockCheck) {
        this.conn = conn;
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.arguments = arguments;
        this.history = history;
        this.appliedBy = appliedBy;
        this.skip = skip;
        this.lockCheck = lockCheck;
    }

    /** @param tablesReady false for a plan's first step, which creates the version and history tables */
    void run(Step step, LoadedMigration loaded, boolean tablesReady) {
        int skipped = skip.getOrDefault(step.revision().id(), 0);
        boolean tracked = history != null && (!loaded.transactional() || !dialect.transactionalDdl() || skipped > 0);
        if (skipped > 0 && history == null) {
            throw new IllegalStateException("resuming needs the history table");
        }
        boolean autoCommit = conn.autoCommit();
        long started = System.nanoTime();
        Progress progress = new Progress(skipped);
        try {
            conn.setAutoCommit(!loaded.transactional());
            try {
                begin(step, loaded, tablesReady, tracked, progress);
                migrate(step, loaded, progress);
                complete(step, loaded, progress, started);
            } catch (Exception e) {
                throw failed(step, loaded, progress, started, e);
            } catch (Error e) {
                nextHistoryId = null;
                // Restoring auto-commit below would otherwise commit half a migration.
                if (!conn.autoCommitQuietly()) {
                    conn.rollback(e);
                }
                throw e;
            }
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }

    /** Creates the tables on the first step and opens a tracked step's history row. */
    private void begin(Step step, LoadedMigration loaded, boolean tablesReady, boolean tracked, Progress progress) {
        // Created inside the first step's transaction, so a failing first step on a database
        // with transactional DDL leaves no empty version table behind.
        if (!tablesReady) {
            versionTable.ensure(conn.connection());
            if (history != null) {
                history.ensure(conn.connection());
            }
        }
        if (tracked) {
            int skipped = progress.toSkip;
            progress.row = history.insert(conn.connection(), row(step, loaded, skipped, false, null,
                    skipped > 0 ? "resumed at statement " + (skipped + 1) : "started"), takeHistoryId());
            // A tracked step in a transaction commits each schema change with its count (a database
            // without transactional DDL would commit DDL anyway, but not the count beside it).
            progress.commitEach = loaded.transactional();
            conn.commitIf(progress.commitEach);
        }
    }

    private void migrate(Step step, LoadedMigration loaded, Progress progress) throws Exception {
        String revision = step.revision().id();
        int skipped = progress.toSkip;
        DefaultOp op = new DefaultOp(progress::accept, dialect, arguments, conn.connection());
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
    }

    /** The version row and the history row commit together, in every mode, sent in one batch. */
    private void complete(Step step, LoadedMigration loaded, Progress progress, long started) throws SQLException {
        lockCheck.run();
        conn.setAutoCommit(false);
        StatementBatch batch = new StatementBatch();
        versionTable.addTo(batch, step.removedHeads(), step.addedHeads());
        long millis = elapsed(started);
        if (progress.row != null) {
            history.addFinishTo(batch, progress.row.id(), true, millis, loaded.message());
        } else if (history != null) {
            history.addInsertTo(batch, row(step, loaded, progress.done, true, millis, loaded.message()), takeHistoryId());
        }
        batch.run(conn.connection());
        conn.connection().commit();
    }

    /** The next history row's id; the first of a run (or after a failure) is read from the table. */
    private long takeHistoryId() {
        long id = nextHistoryId != null ? nextHistoryId : history.nextId(conn.connection());
        nextHistoryId = id + 1;
        return id;
    }

    /** Rolls back what can be, closes a tracked step's row, and returns the error to throw. */
    private RetortException failed(Step step, LoadedMigration loaded, Progress progress, long started, Exception e) {
        nextHistoryId = null; // a rolled-back row gives its id back
        if (!conn.autoCommitQuietly()) {
            conn.rollback(e);
        }
        // What committed is what the row says now: a rollback takes back its count with its statements.
        int committed = progress.row == null ? progress.done : committedStatements(progress.row, e);
        RetortException failure = StepFailure.of(step, loaded, dialect, e, progress.done, committed, history != null);
        if (progress.row != null) {
            recordFailure(progress.row, committed, elapsed(started), failure);
        }
        return failure;
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

        final List<String> hashes = new ArrayList<>();

        void accept(Operation operation) {
            if (toSkip > 0) {
                // The statements skipped are those that committed (the resume check compared their hashes).
                hashes.add(StatementHashes.of(operation));
                toSkip--;
                if (toSkip == 0 && row != null) {
                    history.progress(conn.connection(), row.id(), done, StatementHashes.join(hashes));
                    conn.commitIf(commitEach);
                }
                return;
            }
            // Without transactional DDL, a schema change commits at once with all before it: commit first so
            // the count beside those statements is durable too, then commit the change's own count. Data
            // changes stay in the transaction with their count, so a failure takes back both together.
            lockCheck.run();
            boolean commits = commitEach && !dialect.transactionalDdl() && ImplicitCommit.isDdl(operation, dialect.sqlSyntax());
            conn.commitIf(commits);
            new JdbcSink(conn.connection(), dialect).accept(operation);
            done++;
            hashes.add(StatementHashes.of(operation));
            if (row != null) {
                history.progress(conn.connection(), row.id(), done, StatementHashes.join(hashes));
                conn.commitIf(commits);
            }
        }
    }

    /** The statements of a tracked step that committed: its row's count, 0 when the row rolled back too. */
    private int committedStatements(HistoryRow started, Exception failure) {
        try {
            conn.setAutoCommit(true);
            return history.find(conn.connection(), started.id()).map(HistoryRow::statementsDone).orElse(0);
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
            conn.setAutoCommit(true);
            if (committed == 0) {
                history.delete(conn.connection(), started.id());
            } else {
                history.finish(conn.connection(), started.id(), false, millis, failure.getMessage());
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

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
