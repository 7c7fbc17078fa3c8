package dev.retort.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A throw-away place to run migrations in ({@code retort verify}, {@code retort drift}): a new SQLite file, a
 * temporary PostgreSQL schema, a temporary MariaDB database, an in-memory H2 database. {@link #connection()} is
 * open on it, with the place as the current schema; {@link #close()} removes it.
 */
public interface ScratchPlace extends AutoCloseable {
    /** A connection whose current schema (or database) is the scratch place. */
    Connection connection();

    /** {@code temporary schema retort_scratch_1a2b3c4d}, for messages. */
    String describe();

    /** Removes the place and closes the connection; safe to call twice. */
    @Override
    void close();

    /** {@code retort_scratch_} and 8 random hex digits: a name no user picks. */
    static String newName() {
        return "retort_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * A schema (PostgreSQL) or database (MariaDB) created with {@code create} on a connection of its own, made current
     * with {@code use}, dropped with {@code drop}.
     */
    static ScratchPlace onServer(Supplier<Connection> connect, String what, String create, String use, String drop)
            throws SQLException {
        Connection c = connect.get();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(create);
            s.execute(use);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return new ScratchPlace() {
            private boolean closed;

            @Override
            public Connection connection() {
                return c;
            }

            @Override
            public String describe() {
                return what;
            }

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                try (c; Statement s = c.createStatement()) {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                    s.execute(drop);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not remove the " + what + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** A database that lives as long as its connection or file: {@code cleanup} runs after the connection closes. */
    static ScratchPlace ofUrl(String jdbcUrl, String what, Runnable cleanup) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl);
        return new ScratchPlace() {
            private boolean closed;

            @Override
            public Connection connection() {
                return c;
            }

            @Override
            public String describe() {
                return what;
            }

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the file or memory goes anyway
                } finally {
                    cleanup.run();
                }
            }
        };
    }
}
