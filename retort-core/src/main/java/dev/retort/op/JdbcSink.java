package dev.retort.op;

import dev.retort.ErrorCode;
import dev.retort.MigrationFailedException;
import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Runs each operation at once on a connection, in whatever transaction the connection is in.
 *
 * <p>A statement the database refuses becomes a {@link MigrationFailedException} carrying the SQL and the
 * database's own message; its revision is null here, for the caller that knows the revision to fill in.
 */
public final class JdbcSink implements OperationSink {
    private final Connection connection;

    public JdbcSink(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void accept(Operation operation) {
        // Java 17 has no pattern switch; each new Operation record gets its branch here.
        if (operation instanceof Execute e) {
            execute(e.sql(), e.parameters());
        } else {
            throw new RetortException(ErrorCode.UNSUPPORTED, "cannot run " + operation + " on a database yet");
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
                    for (int i = 0; i < parameters.size(); i++) {
                        ps.setObject(i + 1, parameters.get(i));
                    }
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new MigrationFailedException(null, sql, message(e), e);
        }
    }

    static String message(SQLException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() + " (SQLState " + e.getSQLState() + ")" : m.strip();
    }
}
