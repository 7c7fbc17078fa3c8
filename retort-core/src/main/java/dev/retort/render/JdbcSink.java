package dev.retort.render;

import dev.retort.op.Operation;
import dev.retort.error.MigrationFailedException;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Runs each operation at once on a connection, in whatever transaction the connection is in. The operation is
 * rendered whole first (reading the live table where the dialect must rebuild it), so one the database cannot
 * do runs nothing. Bulk inserts go through a batched prepared statement.
 *
 * <p>A statement the database refuses becomes a {@link MigrationFailedException} carrying the SQL and the
 * database's own message; its revision is null here, for the caller that knows the revision to fill in.
 */
public final class JdbcSink implements OperationSink {
    private final Connection connection;
    private final OperationRenderer renderer;

    public JdbcSink(Connection connection, Dialect dialect) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.renderer = new OperationRenderer(dialect, dialect.liveSchema(connection), true);
    }

    @Override
    public void accept(Operation operation) {
        for (Sql sql : renderer.render(operation)) {
            if (sql.isCheck()) {
                sql.check().run();
            } else if (sql.isInsert()) {
                batch(sql.text() + sql.tuple(), sql.rows());
            } else {
                execute(sql.text(), sql.rows().isEmpty() ? List.of() : sql.rows().get(0));
            }
        }
    }

    private void execute(String sql, List<Object> parameters) {
        try {
            if (parameters.isEmpty()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                }
            } else {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    bind(ps, parameters);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new MigrationFailedException(null, sql, message(e), e);
        }
    }

    private void batch(String sql, List<List<Object>> rows) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new MigrationFailedException(null, sql, message(e), e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    public static String message(SQLException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() + " (SQLState " + e.getSQLState() + ")" : m.strip();
    }
}
