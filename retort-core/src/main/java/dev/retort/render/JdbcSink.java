package dev.retort.render;

import dev.retort.op.Operation;
import dev.retort.error.MigrationFailedException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LiveSchema;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        this(connection, dialect, () -> { });
    }

    /**
     * @param beforeRead run before rendering reads a table as it stands (statements held back elsewhere go first,
     *                   so that the read sees them)
     */
    public JdbcSink(Connection connection, Dialect dialect, Runnable beforeRead) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.renderer = new OperationRenderer(dialect, new ReadAfter(dialect.liveSchema(connection), beforeRead), true);
    }

    /** An operation rendered: run it, or, where it is plain statements only, take their text to send later. */
    public static final class Rendered {
        private final List<Sql> sql;

        private Rendered(List<Sql> sql) {
            this.sql = sql;
        }

        /** The statements, when each is SQL text alone (no parameters, rows or checks); null otherwise. */
        public List<String> plainStatements() {
            List<String> out = new ArrayList<>(sql.size());
            for (Sql s : sql) {
                if (s.isCheck() || s.isInsert() || !s.rows().isEmpty()) {
                    return null;
                }
                out.add(s.text());
            }
            return out;
        }
    }

    /** Renders {@code operation} (reading the live table where the dialect must), running nothing. */
    public Rendered render(Operation operation) {
        return new Rendered(renderer.render(operation));
    }

    @Override
    public void accept(Operation operation) {
        run(render(operation));
    }

    /** Runs what {@link #render} gave, statement by statement. */
    public void run(Rendered rendered) {
        for (Sql sql : rendered.sql) {
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

    /** The live schema, with a hook run before each read. */
    private record ReadAfter(LiveSchema live, Runnable beforeRead) implements LiveSchema {
        @Override
        public Optional<Table> table(String schema, String table) {
            beforeRead.run();
            return live.table(schema, table);
        }

        @Override
        public Optional<Column> column(String schema, String table, String column) {
            beforeRead.run();
            return live.column(schema, table, column);
        }

        @Override
        public void beforeRebuild(String schema, String table) {
            beforeRead.run();
            live.beforeRebuild(schema, table);
        }

        @Override
        public void afterRebuild(String schema, String table) {
            beforeRead.run();
            live.afterRebuild(schema, table);
        }
    }
}
