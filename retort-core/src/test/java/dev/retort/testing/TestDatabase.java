package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database of a test's own: a fresh PostgreSQL schema, MariaDB database, SQLite file or H2 memory
 * database, dropped on {@link #close()}.
 *
 * @param dialect  {@code postgresql}, {@code mariadb}, {@code sqlite} or {@code h2}
 * @param url      JDBC URL that lands in the test's own schema or database
 * @param name     the schema (PostgreSQL) or database (MariaDB) name, or the file name
 */
public record TestDatabase(String dialect, String url, String user, String password, String name, Runnable dropper)
        implements AutoCloseable {

    public Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password == null ? "" : password);
    }

    @Override
    public void close() {
        dropper.run();
    }
}
