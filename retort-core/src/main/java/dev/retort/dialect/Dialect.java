package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Everything Retort needs to know about one database. One implementation per database; nothing
 * outside a dialect asks which database it is talking to.
 *
 * <p>Find one with {@code Dialects.forJdbcUrl}; add one for another database by implementing
 * this interface (usually by extending {@link BaseDialect}) and listing the class in
 * {@code META-INF/services/dev.retort.dialect.Dialect}.
 */
public interface Dialect {
    /** Short lower-case name: {@code postgresql}, {@code mariadb}, {@code sqlite}, {@code h2}. */
    String name();

    /** True when {@code jdbcUrl} is for this database. */
    boolean acceptsUrl(String jdbcUrl);

    /** The JDBC URL prefixes this dialect accepts, such as {@code jdbc:postgresql:}, for messages. */
    default List<String> urlPrefixes() {
        return List.of();
    }

    /**
     * Takes the migration lock that serialises Retort's writing commands on this database, waiting up to
     * {@code timeout}; LOCKED (naming the holder where the database can tell) when it is not granted.
     *
     * @param lockConnection a connection used for nothing else, kept open until the lock is closed: the
     *                       lock must die with the process, and no migration may wait on it
     * @param schema         the version table's schema, or null for the connection's own
     * @param table          the version table's name: the lock is per version table
     */
    default MigrationLock lock(Connection lockConnection, String schema, String table, java.time.Duration timeout)
            throws SQLException {
        return MigrationLock.NONE;
    }

    /**
     * Whether the lock of {@link #lock} holds across the whole database: false where the server only looks like
     * this database and its session locks are stubs or per node (CockroachDB, YugabyteDB without advisory locks,
     * TiDB, Galera), which Retort then replaces with a {@link LeaseLock}. Asked once per writing command.
     */
    default boolean sessionLocksHold(Connection connection) throws SQLException {
        return true;
    }

    /**
     * The statements that limit how long each statement of a migration may wait for a lock and may run (null:
     * the server's default), run on the migration connection before each step that sets either.
     *
     * @throws RetortException UNSUPPORTED when a limit is set and this database has no such setting
     */
    default List<String> timeoutStatements(java.time.Duration lockTimeout, java.time.Duration statementTimeout) {
        if (lockTimeout != null || statementTimeout != null) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "lock and statement timeouts are PostgreSQL settings; the "
                    + name() + " dialect has none: remove ddl_lock_timeout, statement_timeout and the scripts' own");
        }
        return List.of();
    }

    /**
     * Whether a step that failed with {@code failure} (and rolled back whole) may simply run again: a lock
     * timeout, or a serialization failure an engine asks its clients to retry. False by default.
     */
    default boolean retryable(SQLException failure) {
        return false;
    }

    /**
     * True when {@code statement}, run inside a migration's transaction, may go in one JDBC batch with the
     * statements around it: the driver sends a batch in one round trip, and the statement returns no rows. A SQL
     * script's statements that may are then sent together with the step's version and history rows, one round
     * trip instead of one per statement. A dialect that says true for any statement gives
     * {@link #transactionMillisSql()}. False by default: each statement goes on its own.
     */
    default boolean batchable(String statement) {
        return false;
    }

    /**
     * An SQL expression for the milliseconds since the current transaction began, as a BIGINT, for a history
     * row written in the same batch as the statements it times; empty when the database has none.
     */
    default java.util.Optional<String> transactionMillisSql() {
        return java.util.Optional.empty();
    }

    /**
     * Which of {@code statements}, sent as one JDBC batch, failed with {@code failure}: as JDBC says, the first
     * whose update count is {@code EXECUTE_FAILED}, or the first without a count (a driver that stops at it).
     */
    default int failedBatchEntry(java.sql.BatchUpdateException failure, List<String> statements) {
        int[] counts = failure.getUpdateCounts();
        if (counts == null) {
            return 0;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == java.sql.Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return Math.min(counts.length, statements.size() - 1);
    }

    /**
     * {@code change}, an UPDATE or DELETE of {@code table} that must change exactly one row, as one statement that
     * fails with SQLSTATE 23502 (a null in {@code notNullColumn}) when it changes any other number: the check made
     * on the server, so the commit can go in the same batch. Empty when the database has no such statement; the
     * count is then checked once the statement returns.
     */
    default java.util.Optional<String> oneRowOrFail(String change, String table, String notNullColumn) {
        return java.util.Optional.empty();
    }

    /**
     * How this database reads SQL text (quotes, comments, dollar quotes, the mysql client's delimiters): what
     * every scan of SQL in Retort goes by. The SQL standard as PostgreSQL reads it unless overridden.
     */
    default SqlSyntax sqlSyntax() {
        return SqlSyntax.STANDARD;
    }

    /** True when DDL runs inside a transaction and rolls back with it. */
    boolean transactionalDdl();

    /** The identifier as it must appear in SQL: quoted only when it has to be, and then correctly. */
    String quote(String identifier);

    /** {@code schema.table} quoted, or just the table when {@code schema} is null. */
    default String qualify(String schema, String table) {
        return schema == null || schema.isEmpty() ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** A value as an SQL literal, for offline scripts: strings, numbers, booleans, null, dates. */
    String literal(Object value);

    /** The statement that opens a transaction in an SQL script, without the semicolon. */
    default String beginTransaction() {
        return "BEGIN";
    }

    /** The statement that commits a transaction in an SQL script, without the semicolon. */
    default String commitTransaction() {
        return "COMMIT";
    }

    /** True when {@code CREATE TABLE IF NOT EXISTS} is understood. */
    default boolean supportsCreateTableIfNotExists() {
        return true;
    }

    /**
    /**
     * Whether {@code schema} (a JDBC catalog where schemas are catalogs) exists, compared without case; true when
     * the driver lists none.
     */
    default boolean schemaExists(Connection connection, String schema) throws SQLException {
        CatalogScope scope = catalogScope(connection, schema);
        var meta = connection.getMetaData();
        try (java.sql.ResultSet rs = scope.catalog() != null ? meta.getCatalogs() : meta.getSchemas()) {
            String wanted = scope.catalog() != null ? scope.catalog() : scope.schema();
            boolean listed = false;
            while (rs.next()) {
                listed = true;
                if (rs.getString(1) != null && rs.getString(1).equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return !listed; // a driver that lists no schemas at all (SQLite's) cannot tell: assume it exists
        }
    }

    /**
     * Where {@link java.sql.DatabaseMetaData} looks for tables of {@code schema} (null: the
     * connection's current schema). Databases whose schemas are JDBC catalogs override this.
     */
    default CatalogScope catalogScope(Connection connection, String schema) throws SQLException {
        return new CatalogScope(null, schema != null ? schema : connection.getSchema());
    }

    /**
     * How this database spells schema changes.
     *
     * @throws RetortException UNSUPPORTED when the dialect renders no DDL (a third-party dialect)
     */
    default DdlRenderer ddl() {
        throw new RetortException(ErrorCode.UNSUPPORTED, "the " + name()
                + " dialect renders no schema changes; use op.execute with the database's own SQL");
    }

    /**
     * What a running migration may read back from this database while rendering schema changes; by default
     * nothing. SQLite reads a table's shape to rebuild it, MariaDB a column's definition to restate it.
     */
    default LiveSchema liveSchema(Connection connection) {
        return LiveSchema.NONE;
    }

    /** The name of the table as the database stores it, when it exists. */
    default Optional<String> findTable(Connection connection, String schema, String table) throws SQLException {
        return JdbcCatalog.findTable(connection, catalogScope(connection, schema), table);
    }

    /** The column names of a table, as the database stores them, in table order; none when it does not exist. */
    default List<String> columnNames(Connection connection, String schema, String table) throws SQLException {
        return JdbcCatalog.columnNames(connection, catalogScope(connection, schema), table);
    }

    /** Reads this database's catalog into a schema model; UNSUPPORTED where the dialect cannot. */
    default SchemaInspector inspector() {
        throw new RetortException(ErrorCode.UNSUPPORTED, "the " + name() + " dialect cannot read a schema from the "
                + "database; implement Dialect.inspector() for it");
    }

    /**
     * A new, empty place to run migrations in for {@code verify} and {@code drift}; {@code connect} opens a connection
     * to the configured database (server dialects create the place through it). UNSUPPORTED by default.
     */
    default ScratchPlace scratch(java.util.function.Supplier<Connection> connect) throws SQLException {
        throw new RetortException(ErrorCode.UNSUPPORTED, "the " + name() + " dialect has no scratch place for verify "
                + "and drift; implement Dialect.scratch() for it");
    }

    /**
     * The class of the JDBC driver this database's URLs are for ({@code org.postgresql.Driver}): Retort connects
     * through it directly, without {@code DriverManager} first loading every driver on the class path. Null (the
     * default) to ask {@code DriverManager}, as Retort also does when the class is missing or declines the URL.
     */
    default String jdbcDriverClass() {
        return null;
    }

    /** Which of {@code retort lint}'s database-specific rules apply here; {@link LintProfile#GENERIC} by default. */
    default LintProfile lintProfile() {
        return LintProfile.GENERIC;
    }
}
