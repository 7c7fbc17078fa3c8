package dev.retort.migrate;

import dev.retort.dialect.Dialect;
import dev.retort.error.MigrationFailedException;
import dev.retort.render.JdbcSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script's statements held back by {@link StepRunner}, to go to the database in one JDBC batch: with the
 * step's version and history rows when the script ends, or on their own before a statement that cannot wait.
 * A failing statement reads as it does when run on its own: its file and line, then the database's message.
 *
 * <pre>{@code
 * PendingStatements pending = new PendingStatements(revision, dialect);
 * pending.add(located, statementsBefore);
 * pending.moveTo(batch);   // then the bookkeeping, then batch.run(connection)
 * }</pre>
 */
final class PendingStatements {
    private record Pending(StatementScript.Located statement, int before) {
    }

    private final String revision;
    private final Dialect dialect;
    private final List<Pending> pending = new ArrayList<>();
    /** The statements that ran before the one that failed, or -1 while none has. */
    private int failedAfter = -1;

    PendingStatements(String revision, Dialect dialect) {
        this.revision = revision;
        this.dialect = dialect;
    }

    /** @param before how many of the step's statements come before this one */
    void add(StatementScript.Located statement, int before) {
        pending.add(new Pending(statement, before));
    }

    String revision() {
        return revision;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Adds the held statements to {@code batch}, in order, and holds none any more. */
    void moveTo(StatementBatch batch) {
        for (Pending p : pending) {
            batch.add(p.statement().sql(), count -> { }, e -> failure(p, e));
        }
        pending.clear();
    }

    /** Sends the held statements now, in one batch. */
    void flush(Connection connection) {
        if (!pending.isEmpty()) {
            StatementBatch batch = new StatementBatch(dialect);
            moveTo(batch);
            batch.run(connection);
        }
    }

    /** After a failure in a batch: how many of the step's statements ran before the failed one, or -1. */
    int failedAfter() {
        return failedAfter;
    }

    private MigrationFailedException failure(Pending p, SQLException e) {
        failedAfter = p.before();
        String sql = p.statement().sql();
        MigrationFailedException own = new MigrationFailedException(null, sql, JdbcSink.message(e), e);
        return new MigrationFailedException(revision, sql, p.statement().origin() + ": " + own.getMessage(), own);
    }
}
