package dev.retort.dialect.postgresql;

import dev.retort.dialect.ScratchPlace;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.BaseDialect;
import dev.retort.dialect.LiveSchema;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.SchemaInspector;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: bare names fold to lower case, DDL is transactional, {@code bytea} literals are
 * {@code '\xDEADBEEF'::bytea} (assumes {@code standard_conforming_strings = on}, the default since 9.1).
 */
public final class PostgresDialect extends BaseDialect {
    // PostgreSQL's "reserved" and "reserved (can be function or type)" key words (PostgreSQL 17, Appendix C).
    private static final Set<String> RESERVED = Set.of(
            "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "AUTHORIZATION",
            "BINARY", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION", "COLUMN", "CONCURRENTLY",
            "CONSTRAINT", "CREATE", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE",
            "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFERRABLE",
            "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FREEZE",
            "FROM", "FULL", "GRANT", "GROUP", "HAVING", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT",
            "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER",
            "OUTER", "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT",
            "SESSION_USER", "SIMILAR", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE", "THEN",
            "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN",
            "WHERE", "WINDOW", "WITH");

    public PostgresDialect() {
        super("postgresql", List.of("jdbc:postgresql:"), RESERVED);
    }

    /**
     * With no schema of the search path in existence (a mistyped {@code currentSchema}), PostgreSQL has no
     * current schema, and a catalog look-up without one would search every schema and find another
     * schema's tables: say so instead.
     */
    @Override
    public dev.retort.dialect.CatalogScope catalogScope(Connection connection, String schema) throws SQLException {
        String current = schema != null ? schema : connection.getSchema();
        if (current == null) {
            throw new RetortException(ErrorCode.CONFIG, "the database connection has no current schema: no schema "
                    + "of its search path exists (check currentSchema in the URL, or create the schema)");
        }
        return new dev.retort.dialect.CatalogScope(null, current);
    }

    /**
     * One catalog query, in one round trip: the shared look-up's {@code DatabaseMetaData.getColumns} is a query the
     * server takes about 14 ms to plan and run on a new session, after a round trip of its own for the current schema,
     * and every command reads the version and history tables' columns this way. The same columns: those of a table,
     * view, materialized view, foreign or partitioned table named exactly {@code table} in {@code schema} (null: the
     * current schema), in table order; none when there is no such table.
     */
    @Override
    public List<String> columnNames(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        String current = null;
        try (java.sql.PreparedStatement query = connection.prepareStatement(COLUMNS)) {
            query.setString(1, schema);
            query.setString(2, table);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    current = rs.getString(1);
                    if (rs.getString(2) != null) {
                        columns.add(rs.getString(2));
                    }
                }
            }
        }
        if (current == null) {
            catalogScope(connection, schema); // says why: no schema of the search path exists
        }
        return columns;
    }

    private static final String COLUMNS = "SELECT s.name, a.attname FROM (SELECT COALESCE(CAST(? AS text), "
            + "CAST(current_schema() AS text)) AS name) s "
            + "LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = s.name "
            + "LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = ? "
            + "AND c.relkind IN ('r', 'p', 'v', 'f', 'm') "
            + "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            + "ORDER BY a.attnum";

    /** {@code SET lock_timeout} and {@code SET statement_timeout} in milliseconds; a null limit is RESET. */
    @Override
    public List<String> timeoutStatements(java.time.Duration lockTimeout, java.time.Duration statementTimeout) {
        return List.of(lockTimeout == null ? "RESET lock_timeout" : "SET lock_timeout = " + lockTimeout.toMillis(),
                statementTimeout == null ? "RESET statement_timeout" : "SET statement_timeout = " + statementTimeout.toMillis());
    }

    /**
     * 55P03 (lock_timeout), 40001 (serialization failure: CockroachDB and YugabyteDB ask clients to retry it) and
     * 40P01 (deadlock): the transaction rolled back whole, so running the step again is safe.
     */
    @Override
    public boolean retryable(SQLException failure) {
        String state = failure.getSQLState();
        return "55P03".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    /** False on servers that speak this protocol but whose session locks do not hold (see the server class). */
    @Override
    public boolean sessionLocksHold(Connection connection) throws SQLException {
        return PostgresServer.advisoryLocksHold(connection);
    }

    @Override
    public dev.retort.dialect.MigrationLock lock(java.sql.Connection lockConnection, String schema, String table,
            java.time.Duration timeout) throws java.sql.SQLException {
        return PostgresLock.acquire(lockConnection, schema, table, timeout);
    }

    @Override
    protected Folding folding() {
        return Folding.LOWER;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    protected String bytesLiteral(String hex) {
        return "'\\x" + hex + "'::bytea";
    }

    /** Schema changes: none returns rows (a query, or DML with RETURNING, may, and goes on its own). */
    private static final Set<String> BATCHABLE = Set.of("CREATE", "ALTER", "DROP", "COMMENT",
            "GRANT", "REVOKE", "TRUNCATE");

    /** pgjdbc sends a batch as one pipeline: every statement, then one sync. */
    @Override
    public boolean batchable(String statement) {
        return BATCHABLE.contains(sqlSyntax().firstKeyword(statement));
    }

    /**
     * pgjdbc marks every entry of a batch that failed in a transaction EXECUTE_FAILED, but names the failed one in
     * its message ("Batch entry 1 CREATE INDEX ... was aborted", translated in the JVM's locale): its first number,
     * when that entry's SQL is in the message too; else the one entry whose SQL is.
     */
    @Override
    public int failedBatchEntry(java.sql.BatchUpdateException failure, List<String> statements) {
        String message = String.valueOf(failure.getMessage());
        java.util.regex.Matcher number = FIRST_NUMBER.matcher(message);
        if (number.find() && number.group().length() < 10) {
            int entry = Integer.parseInt(number.group());
            if (entry < statements.size() && message.contains(statements.get(entry))) {
                return entry;
            }
        }
        List<Integer> named = new java.util.ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (message.contains(statements.get(i))) {
                named.add(i);
            }
        }
        return named.size() == 1 ? named.get(0) : super.failedBatchEntry(failure, statements);
    }

    private static final java.util.regex.Pattern FIRST_NUMBER = java.util.regex.Pattern.compile("\\d+");

    /** {@code now()} is when the transaction began; {@code clock_timestamp()} moves on within it. */
    @Override
    public Optional<String> transactionMillisSql() {
        return Optional.of("CAST(EXTRACT(EPOCH FROM clock_timestamp() - now()) * 1000 AS BIGINT)");
    }

    /**
     * The change in a data-modifying WITH, whose INSERT adds a null row (refused by the NOT NULL column) unless
     * exactly one row changed: plain SQL, no PL/pgSQL (a DO block costs about 0.5 ms a call).
     */
    @Override
    public Optional<String> oneRowOrFail(String change, String table, String notNullColumn) {
        return Optional.of("WITH changed AS (" + change + " RETURNING 1) INSERT INTO " + table + " (" + notNullColumn
                + ") SELECT NULL WHERE (SELECT count(*) FROM changed) <> 1");
    }

    @Override
    public DdlRenderer ddl() {
        return new PostgresDdl(this);
    }

    @Override
    public SchemaInspector inspector() {
        return new PostgresInspector();
    }

    /** Reads a table as it stands, so changing an enum column's values knows the type and default it replaces. */
    @Override
    public LiveSchema liveSchema(Connection connection) {
        return new LiveSchema() {
            @Override
            public Optional<Table> table(String schema, String table) {
                try {
                    return new PostgresInspector().inspect(connection, schema, table::equals).table(schema, table);
                } catch (SQLException e) {
                    throw new RetortException(ErrorCode.MIGRATION_FAILED, "cannot read table " + table + ": "
                            + e.getMessage(), e);
                }
            }
        };
    }

    /** A temporary schema in the same database, dropped with CASCADE. */
    @Override
    public ScratchPlace scratch(java.util.function.Supplier<java.sql.Connection> connect) throws java.sql.SQLException {
        String name = ScratchPlace.newName();
        return ScratchPlace.onServer(connect, "temporary schema " + name, "CREATE SCHEMA " + quote(name),
                "SET search_path TO " + quote(name), "DROP SCHEMA IF EXISTS " + quote(name) + " CASCADE");
    }

    @Override
    public dev.retort.dialect.LintProfile lintProfile() {
        return new dev.retort.dialect.LintProfile(true, true, true, true, true, false);
    }

    @Override
    public String jdbcDriverClass() {
        return "org.postgresql.Driver";
    }
}
