package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.MigrationFailedException;
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
        // A script's statements that may wait go with its version and history rows: one round trip.
        boolean batched = skipped == 0 && loaded.transactional() && dialect.transactionalDdl()
                && (history == null || dialect.transactionMillisSql().isPresent());
        Progress progress = new Progress(skipped, batched ? new PendingStatements(step.revision().id(), dialect) : null,
                tablesReady ? 0 : started);
        progress.held = HeldStatements.forScript(loaded.migration(), progress.pending, dialect);
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
        DefaultOp op = new DefaultOp(progress::accept, dialect, arguments, conn.connection(), progress::directUse);
        Migration migration = loaded.migration();
        if (progress.pending != null && migration instanceof StatementScript script) {
            runBatched(script, step.direction() == Direction.UPGRADE, op, progress);
        } else if (step.direction() == Direction.UPGRADE) {
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

    /**
     * Runs a SQL script as {@code upgrade(op)} would, holding back each statement the dialect lets wait; one that
     * cannot wait (a query, DML) goes after those held, through {@code op}, and fails with its file and line.
     */
    private void runBatched(StatementScript script, boolean up, DefaultOp op, Progress progress) {
        for (StatementScript.Located s : script.locatedStatements(up, dialect.sqlSyntax(), arguments)) {
            if (dialect.batchable(s.sql())) {
                lockCheck.run();
                progress.pending.add(s, progress.done++);
                continue;
            }
            progress.sendPending();
            try {
                op.execute(s.sql());
            } catch (RetortException e) {
                throw new MigrationFailedException(progress.pending.revision(), s.sql(), s.origin() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The version row and the history row commit together, in every mode, sent in one batch. */
    private void complete(Step step, LoadedMigration loaded, Progress progress, long started) throws SQLException {
        lockCheck.run();
        conn.setAutoCommit(false);
        StatementBatch batch = new StatementBatch(dialect);
        // Statements held back go first: their time is the server's to tell, from when the transaction began.
        String duration = null;
        if (progress.pending != null && !progress.pending.isEmpty()) {
            progress.pending.moveTo(batch);
            long beforeTransaction = elapsed(started, progress.sending());
            duration = dialect.transactionMillisSql().map(ms -> "(" + beforeTransaction + " + " + ms + ")").orElse(null);
        }
        // Where the version row is checked on the server, the COMMIT goes in the same batch: one round trip.
        boolean commitInBatch = versionTable.addCheckedTo(batch, step.removedHeads(), step.addedHeads());
        if (!commitInBatch) {
            versionTable.addTo(batch, step.removedHeads(), step.addedHeads());
        }
        long millis = elapsed(started);
        if (progress.row != null) {
            history.addFinishTo(batch, progress.row.id(), true, millis, loaded.message());
        } else if (history != null) {
            history.addInsertTo(batch, row(step, loaded, progress.done, true, millis, loaded.message()), takeHistoryId(),
                    duration);
        }
        if (commitInBatch) {
            batch.add(dialect.commitTransaction(), count -> { }, e -> new RetortException(ErrorCode.CONNECTION,
                    "cannot commit: " + e.getMessage(), e));
        }
        batch.run(conn.connection());
        conn.connection().commit(); // after a COMMIT in the batch, the driver has no transaction to commit
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
        if (progress.pending != null && progress.pending.failedAfter() >= 0) {
            progress.done = progress.pending.failedAfter(); // a held statement failed: those after it never ran
        }
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

        /** A SQL script's statements held back, or null when each runs at once. */
        final PendingStatements pending;
        /** When the step first sent a statement (its transaction began), or 0 before it has. */
        long firstSent;

        /**
         * A Java script's statements held back while each may wait: each of its calls so far rendered only such
         * statements, and it has not asked for the connection. The first call that cannot wait sends them and ends it,
         * so the script's own handling of a failure (a savepoint, its own JDBC calls) sees each statement at once.
         */
        HeldStatements held;

        Progress(int toSkip, PendingStatements pending, long firstSent) {
            this.toSkip = toSkip;
            this.done = toSkip;
            this.pending = pending;
            this.firstSent = firstSent;
        }

        /** The script asks for the connection: what is held goes first, and nothing more is held. */
        void directUse() {
            held = null;
            sendPending();
        }

        /** When the step's transaction began: its first statement sent, or now when none has been. */
        long sending() {
            if (firstSent == 0) {
                firstSent = System.nanoTime();
            }
            return firstSent;
        }

        /** Sends the statements held back, before one that cannot wait. */
        void sendPending() {
            if (pending != null && !pending.isEmpty()) {
                lockCheck.run();
                sending();
                pending.flush(conn.connection());
            }
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
            JdbcSink sink = new JdbcSink(conn.connection(), dialect, this::sendPending);
            JdbcSink.Rendered rendered = sink.render(operation);
            if (held != null && held.hold(rendered, done)) {
                done++;
                return;
            }
            held = null;
            sendPending();
            sending();
            sink.run(rendered);
            done++;
            if (row != null) {
                // Only a tracked step's row keeps the hashes (a resume compares them).
                hashes.add(StatementHashes.of(operation));
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
        return elapsed(startedNanos, System.nanoTime());
    }

    private static long elapsed(long startedNanos, long nowNanos) {
        return Duration.ofNanos(nowNanos - startedNanos).toMillis();
    }
}
