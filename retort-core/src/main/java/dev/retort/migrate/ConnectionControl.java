package dev.retort.migrate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** The migrator's connection and its transaction switches, each failure one clear CONNECTION error. */
final class ConnectionControl {
    private final Connection connection;

    ConnectionControl(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    Connection connection() {
        return connection;
    }

    void commitIf(boolean commit) {
        if (commit) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new RetortException(ErrorCode.CONNECTION, "cannot commit: " + e.getMessage(), e);
            }
        }
    }

    boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "lost the database connection: " + e.getMessage(), e);
        }
    }

    /** The auto-commit flag, or true when the connection is gone (nothing to roll back then). */
    boolean autoCommitQuietly() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    void setAutoCommit(boolean on) {
        try {
            if (connection.getAutoCommit() != on) {
                connection.setAutoCommit(on);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot set auto-commit on the database connection: "
                    + e.getMessage(), e);
        }
    }

    /** Rolls back, keeping a failure to do so beside {@code failure}. */
    void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
