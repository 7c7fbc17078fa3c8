package dev.retort.render;

import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.error.ErrorCode;
import dev.retort.Op;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Op} that migration scripts receive: each call becomes an {@link Operation} for a sink.
 *
 * <pre>{@code
 * Op online = DefaultOp.online(connection, dialect, Map.of());
 * Op offline = DefaultOp.offline(dialect, System.out, Map.of("tenant", "acme"));
 * }</pre>
 */
public final class DefaultOp implements Op {
    private final OperationSink sink;
    private final Dialect dialect;
    private final Map<String, String> arguments;
    private final Connection connection;
    private final Runnable beforeConnection;

    /**
     * @param connection the connection the sink runs on, or null offline
     */
    public DefaultOp(OperationSink sink, Dialect dialect, Map<String, String> arguments, Connection connection) {
        this(sink, dialect, arguments, connection, () -> { });
    }

    /**
     * @param beforeConnection run each time a script asks for {@link #connection()}, before it gets it (the sink
     *                         sends what it holds back: the script's own JDBC calls then see it)
     */
    public DefaultOp(OperationSink sink, Dialect dialect, Map<String, String> arguments, Connection connection,
            Runnable beforeConnection) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.arguments = Map.copyOf(arguments == null ? Map.of() : arguments);
        this.connection = connection;
        this.beforeConnection = Objects.requireNonNull(beforeConnection, "beforeConnection");
    }

    /** Runs each call at once on {@code connection}. */
    public static DefaultOp online(Connection connection, Dialect dialect, Map<String, String> arguments) {
        return new DefaultOp(new JdbcSink(connection, dialect), dialect, arguments, connection);
    }

    /** Writes each call to {@code out} as SQL. */
    public static DefaultOp offline(Dialect dialect, Appendable out, Map<String, String> arguments) {
        return new DefaultOp(new SqlTextSink(dialect, out), dialect, arguments, null);
    }

    @Override
    public void execute(String sql) {
        sink.accept(Execute.of(requireSql(sql)));
    }

    @Override
    public void execute(String sql, Object... parameters) {
        List<Object> values = parameters == null ? List.of() : Arrays.asList(parameters.clone());
        sink.accept(new Execute(requireSql(sql), values));
    }

    @Override
    public void apply(Operation operation) {
        sink.accept(Objects.requireNonNull(operation, "operation"));
    }

    @Override
    public Connection connection() {
        if (connection == null) {
            throw new RetortException(ErrorCode.OFFLINE_UNSUPPORTED,
                    "op.connection() is not available in --sql mode; use op.execute");
        }
        beforeConnection.run();
        return connection;
    }

    @Override
    public boolean offline() {
        return connection == null;
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }

    @Override
    public String dialect() {
        return dialect.name();
    }

    private static String requireSql(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "op.execute needs an SQL statement, got "
                    + (sql == null ? "null" : "an empty string"));
        }
        return sql;
    }
}
