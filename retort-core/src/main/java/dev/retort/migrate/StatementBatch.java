package dev.retort.migrate;

import dev.retort.dialect.Dialect;
import dev.retort.error.RetortException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A step's bookkeeping (its version row change and its history row) sent as one JDBC batch of literal
 * statements: one round trip where the driver pipelines a batch (pgjdbc, MariaDB Connector/J), instead of one
 * per statement. Each statement checks its update count and says how its own failure reads.
 *
 * <pre>{@code
 * StatementBatch batch = new StatementBatch(dialect);
 * versionTable.addTo(batch, removed, added);
 * batch.add(history.insertSql(row, id), count -> { }, e -> failure(e));
 * batch.run(connection);
 * }</pre>
 */
final class StatementBatch {
    private record Entry(String sql, IntConsumer check, Function<SQLException, RetortException> failure) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Dialect dialect;

    /** @param dialect tells which statement of a failed batch failed ({@link Dialect#failedBatchEntry}) */
    StatementBatch(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * @param check   given the statement's update count; throws when it is wrong
     * @param failure the error to throw when the statement fails
     */
    void add(String sql, IntConsumer check, Function<SQLException, RetortException> failure) {
        entries.add(new Entry(sql, check, failure));
    }

    /** Runs every statement, in order, in the connection's current transaction, then checks the counts. */
    void run(Connection connection) {
        if (entries.isEmpty()) {
            return;
        }
        int[] counts;
        try (Statement s = connection.createStatement()) {
            if (entries.size() == 1) {
                counts = new int[] {s.executeUpdate(entries.get(0).sql())};
            } else {
                for (Entry e : entries) {
                    s.addBatch(e.sql());
                }
                counts = s.executeBatch();
            }
        } catch (BatchUpdateException e) {
            int failed = dialect.failedBatchEntry(e, entries.stream().map(Entry::sql).toList());
            throw entries.get(Math.max(0, Math.min(failed, entries.size() - 1))).failure().apply(cause(e));
        } catch (SQLException e) {
            throw entries.get(0).failure().apply(e);
        }
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).check().accept(i < counts.length ? counts[i] : Statement.SUCCESS_NO_INFO);
        }
    }

    /** The database's own error behind a batch failure (pgjdbc wraps it), for a message users can read. */
    private static SQLException cause(BatchUpdateException e) {
        SQLException next = e.getNextException();
        return next != null ? next : e;
    }
}
