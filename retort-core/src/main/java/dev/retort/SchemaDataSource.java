package dev.retort;

import dev.retort.config.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections work in one schema: for schema-per-tenant fleets, where one database
 * holds each tenant's tables, version table and lock in the tenant's schema. Each connection is opened from a
 * URL or taken from another data source (a pool restores the schema when it gets the connection back), then
 * {@link Connection#setSchema(String)} (PostgreSQL's {@code search_path}, H2's schema); a driver that ignores it
 * and keeps schemas as catalogs (MariaDB, MySQL) gets {@link Connection#setCatalog(String)}.
 *
 * <pre>{@code
 * Retort.builder().scriptLocation(dir)
 *         .dataSource(SchemaDataSource.of("postgresql://app@db/app", null, null, "tenant_42"))
 *         .versionTableSchema("tenant_42")
 * }</pre>
 */
public final class SchemaDataSource implements DataSource {
    private final DataSource base;
    private final DatabaseUrl url;
    private final String schema;

    private SchemaDataSource(DataSource base, DatabaseUrl url, String schema) {
        this.base = base;
        this.url = url;
        this.schema = Objects.requireNonNull(schema, "schema");
        if (schema.isBlank()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "a schema target needs a schema name");
        }
    }

    /** Connections of {@code base} (an application's pool), switched to {@code schema}. */
    public static SchemaDataSource over(DataSource base, String schema) {
        return new SchemaDataSource(Objects.requireNonNull(base, "base"), null, schema);
    }

    /** Connections to {@code url} (any form {@link DatabaseUrl#parse} reads), switched to {@code schema}. */
    public static SchemaDataSource of(String url, String user, String password, String schema) {
        return new SchemaDataSource(null, DatabaseUrl.parse(url).withDefaults(user, password), schema);
    }

    /** The schema every connection works in. */
    public String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = base != null ? base.getConnection() : url.user() == null
                ? DriverManager.getConnection(url.jdbcUrl())
                : DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password() == null ? "" : url.password());
        try {
            c.setSchema(schema);
            if (!schema.equalsIgnoreCase(String.valueOf(c.getSchema()))) {
                c.setCatalog(schema);
                if (!schema.equalsIgnoreCase(String.valueOf(c.getCatalog()))) {
                    throw new SQLException("the database does not switch to schema '" + schema + "' (it has none?)");
                }
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("SchemaDataSource takes its user from its URL or data source");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** The schema, and where connections come from, without a password. */
    @Override
    public String toString() {
        return schema + " in " + (base != null ? "the data source" : url.redacted());
    }
}
