package dev.retort.dialect.sqlite;

import dev.retort.dialect.ScratchPlace;
import dev.retort.dialect.BaseDialect;
import dev.retort.dialect.CatalogScope;
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.LiveSchema;
import dev.retort.dialect.SchemaInspector;
import dev.retort.dialect.SqlSyntax;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * SQLite: names keep their case, DDL is transactional, and there are no date or boolean types, so
 * booleans are written {@code 1}/{@code 0} and dates as ISO text ({@code '2024-01-31 13:05:00'},
 * moments with an offset as UTC), the forms SQLite's date functions read.
 */
public final class SqliteDialect extends BaseDialect {
    // Every SQLite keyword (sqlite.org/lang_keywords.html); quoting them all is always safe.
    private static final Set<String> RESERVED = Set.of(
            "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS", "ASC",
            "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST", "CHECK",
            "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT",
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT", "DEFERRABLE",
            "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END", "ESCAPE",
            "EXCEPT", "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST", "FOLLOWING",
            "FOR", "FOREIGN", "FROM", "FULL", "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE",
            "IMMEDIATE", "IN", "INDEX", "INDEXED", "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT",
            "INTO", "IS", "ISNULL", "JOIN", "KEY", "LAST", "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED",
            "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER",
            "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN", "PRAGMA", "PRECEDING", "PRIMARY", "QUERY", "RAISE",
            "RANGE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME", "REPLACE",
            "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT", "SELECT", "SET", "TABLE",
            "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION", "TRIGGER", "UNBOUNDED", "UNION",
            "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE", "WINDOW",
            "WITH", "WITHOUT");

    /** The standard syntax, and {@code [...]} quotes an identifier. */
    private static final SqlSyntax SYNTAX = new SqlSyntax(false, false, true, true, true, false);

    public SqliteDialect() {
        super("sqlite", List.of("jdbc:sqlite:"), RESERVED);
    }

    @Override
    public SqlSyntax sqlSyntax() {
        return SYNTAX;
    }

    /** How SQLite reads SQL, for the parsers of its stored CREATE text. */
    static SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public dev.retort.dialect.MigrationLock lock(java.sql.Connection lockConnection, String schema, String table,
            java.time.Duration timeout) throws java.sql.SQLException {
        return SqliteLock.acquire(lockConnection, timeout);
    }

    @Override
    protected Folding folding() {
        return Folding.NONE;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    protected String booleanLiteral(boolean b) {
        return b ? "1" : "0";
    }

    @Override
    protected String dateLiteral(String isoDate) {
        return "'" + isoDate + "'";
    }

    @Override
    protected String timeLiteral(String time) {
        return "'" + time + "'";
    }

    @Override
    protected String timestampLiteral(String timestamp) {
        return "'" + timestamp + "'";
    }

    @Override
    protected String offsetTimestampLiteral(OffsetDateTime t) {
        return timestampLiteral(utcTimestamp(t));
    }

    @Override
    public DdlRenderer ddl() {
        return new SqliteDdl(this);
    }

    @Override
    public LiveSchema liveSchema(Connection connection) {
        return new SqliteTableReader(connection, this);
    }

    // SQLite's "schemas" are attached databases, which its JDBC driver does not report as schemas.
    @Override
    public CatalogScope catalogScope(Connection connection, String schema) {
        return new CatalogScope(null, null);
    }

    @Override
    public SchemaInspector inspector() {
        return new SqliteInspector();
    }

    /** A new database file in the temporary folder, deleted afterwards. */
    @Override
    public ScratchPlace scratch(java.util.function.Supplier<java.sql.Connection> connect) throws java.sql.SQLException {
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile(ScratchPlace.newName(), ".db");
        } catch (java.io.IOException e) {
            throw new java.sql.SQLException("cannot create a scratch database file: " + e.getMessage(), e);
        }
        return ScratchPlace.ofUrl("jdbc:sqlite:" + file, "scratch file " + file, () -> {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                file.toFile().deleteOnExit();
            }
        });
    }

    @Override
    public String jdbcDriverClass() {
        return "org.sqlite.JDBC";
    }
}
