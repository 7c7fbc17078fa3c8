package dev.retort.dialect.mariadb;

import dev.retort.dialect.ScratchPlace;
import dev.retort.dialect.BaseDialect;
import dev.retort.dialect.CatalogScope;
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.LiveSchema;
import dev.retort.dialect.SchemaInspector;
import dev.retort.dialect.SqlSyntax;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * MariaDB and MySQL ({@code jdbc:mariadb:} and {@code jdbc:mysql:} URLs): names keep their case,
 * identifiers are quoted with backticks, DDL commits at once, and a schema is a database (a JDBC catalog).
 *
 * <p>String literals escape backslashes as well as quotes, as the default {@code sql_mode} requires; a
 * server running with {@code NO_BACKSLASH_ESCAPES} would read them doubled. MariaDB has no time-zone
 * type, so moments with an offset are written as their UTC time.
 */
public final class MariaDbDialect extends BaseDialect {
    // MariaDB's reserved words (MariaDB 11 "Reserved Words"); USER is not among them.
    private static final Set<String> RESERVED = Set.of(
            "ACCESSIBLE", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ASENSITIVE", "BEFORE",
            "BETWEEN", "BIGINT", "BINARY", "BLOB", "BOTH", "BY", "CALL", "CASCADE", "CASE", "CHANGE", "CHAR",
            "CHARACTER", "CHECK", "COLLATE", "COLUMN", "CONDITION", "CONSTRAINT", "CONTINUE", "CONVERT",
            "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "CURSOR", "DATABASE", "DATABASES", "DAY_HOUR", "DAY_MICROSECOND", "DAY_MINUTE",
            "DAY_SECOND", "DEC", "DECIMAL", "DECLARE", "DEFAULT", "DELAYED", "DELETE", "DELETE_DOMAIN_ID",
            "DESC", "DESCRIBE", "DETERMINISTIC", "DISTINCT", "DISTINCTROW", "DIV", "DO_DOMAIN_IDS", "DOUBLE",
            "DROP", "DUAL", "EACH", "ELSE", "ELSEIF", "ENCLOSED", "ESCAPED", "EXCEPT", "EXISTS", "EXIT",
            "EXPLAIN", "FALSE", "FETCH", "FLOAT", "FLOAT4", "FLOAT8", "FOR", "FORCE", "FOREIGN", "FROM",
            "FULLTEXT", "GENERAL", "GRANT", "GROUP", "HAVING", "HIGH_PRIORITY", "HOUR_MICROSECOND",
            "HOUR_MINUTE", "HOUR_SECOND", "IF", "IGNORE", "IGNORE_DOMAIN_IDS", "IGNORE_SERVER_IDS", "IN",
            "INDEX", "INFILE", "INNER", "INOUT", "INSENSITIVE", "INSERT", "INT", "INT1", "INT2", "INT3", "INT4",
            "INT8", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS", "ITERATE", "JOIN", "KEY", "KEYS", "KILL",
            "LEADING", "LEAVE", "LEFT", "LIKE", "LIMIT", "LINEAR", "LINES", "LOAD", "LOCALTIME",
            "LOCALTIMESTAMP", "LOCK", "LONG", "LONGBLOB", "LONGTEXT", "LOOP", "LOW_PRIORITY",
            "MASTER_HEARTBEAT_PERIOD", "MASTER_SSL_VERIFY_SERVER_CERT", "MATCH", "MAXVALUE", "MEDIUMBLOB",
            "MEDIUMINT", "MEDIUMTEXT", "MIDDLEINT", "MINUTE_MICROSECOND", "MINUTE_SECOND", "MOD", "MODIFIES",
            "NATURAL", "NOT", "NO_WRITE_TO_BINLOG", "NULL", "NUMERIC", "OFFSET", "ON", "OPTIMIZE", "OPTION",
            "OPTIONALLY", "OR", "ORDER", "OUT", "OUTER", "OUTFILE", "OVER", "PAGE_CHECKSUM",
            "PARSE_VCOL_EXPR", "PARTITION", "POSITION", "PRECISION", "PRIMARY", "PROCEDURE", "PURGE", "RANGE",
            "READ", "READS", "READ_WRITE", "REAL", "RECURSIVE", "REF_SYSTEM_ID", "REFERENCES", "REGEXP",
            "RELEASE", "RENAME", "REPEAT", "REPLACE", "REQUIRE", "RESIGNAL", "RESTRICT", "RETURN",
            "RETURNING", "REVOKE", "RIGHT", "RLIKE", "ROW_NUMBER", "ROWS", "SCHEMA", "SCHEMAS",
            "SECOND_MICROSECOND", "SELECT", "SENSITIVE", "SEPARATOR", "SET", "SHOW", "SIGNAL", "SLOW",
            "SMALLINT", "SPATIAL", "SPECIFIC", "SQL", "SQLEXCEPTION", "SQLSTATE", "SQLWARNING",
            "SQL_BIG_RESULT", "SQL_CALC_FOUND_ROWS", "SQL_SMALL_RESULT", "SSL", "STARTING",
            "STATS_AUTO_RECALC", "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "STRAIGHT_JOIN", "TABLE",
            "TERMINATED", "THEN", "TINYBLOB", "TINYINT", "TINYTEXT", "TO", "TRAILING", "TRIGGER", "TRUE",
            "UNDO", "UNION", "UNIQUE", "UNLOCK", "UNSIGNED", "UPDATE", "USAGE", "USE", "USING", "UTC_DATE",
            "UTC_TIME", "UTC_TIMESTAMP", "VALUES", "VARBINARY", "VARCHAR", "VARCHARACTER", "VARYING", "WHEN",
            "WHERE", "WHILE", "WINDOW", "WITH", "WRITE", "XOR", "YEAR_MONTH", "ZEROFILL");

    /**
     * A backslash escapes in strings, {@code #} starts a comment, block comments do not nest, {@code $} is an
     * ordinary character, and scripts go through the mysql client, which splits at every semicolon.
     */
    private static final SqlSyntax SYNTAX = new SqlSyntax(true, true, false, false, false, true);

    public MariaDbDialect() {
        super("mariadb", List.of("jdbc:mariadb:", "jdbc:mysql:"), RESERVED);
    }

    @Override
    public SqlSyntax sqlSyntax() {
        return SYNTAX;
    }

    /** False on servers that speak this protocol but whose session locks do not hold (see the server class). */
    @Override
    public boolean sessionLocksHold(Connection connection) throws SQLException {
        return MariaDbServer.getLockHolds(connection);
    }

    @Override
    public dev.retort.dialect.MigrationLock lock(java.sql.Connection lockConnection, String schema, String table,
            java.time.Duration timeout) throws java.sql.SQLException {
        return MariaDbLock.acquire(lockConnection, schema, table, timeout);
    }

    @Override
    protected Folding folding() {
        return Folding.NONE;
    }

    @Override
    protected char quoteChar() {
        return '`';
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    protected String stringLiteral(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    @Override
    protected String offsetTimestampLiteral(OffsetDateTime t) {
        return timestampLiteral(utcTimestamp(t));
    }

    @Override
    public CatalogScope catalogScope(Connection connection, String schema) throws SQLException {
        return new CatalogScope(schema != null ? schema : connection.getCatalog(), null);
    }

    @Override
    public DdlRenderer ddl() {
        return new MariaDbDdl(this);
    }

    @Override
    public LiveSchema liveSchema(Connection connection) {
        return new MariaDbColumnReader(connection);
    }

    @Override
    public SchemaInspector inspector() {
        return new MariaDbInspector();
    }

    /** A temporary database on the same server. */
    @Override
    public ScratchPlace scratch(java.util.function.Supplier<java.sql.Connection> connect) throws java.sql.SQLException {
        String name = ScratchPlace.newName();
        return ScratchPlace.onServer(connect, "temporary database " + name, "CREATE DATABASE " + quote(name),
                "USE " + quote(name), "DROP DATABASE IF EXISTS " + quote(name));
    }

    @Override
    public dev.retort.dialect.LintProfile lintProfile() {
        return new dev.retort.dialect.LintProfile(false, false, false, false, false, true);
    }

    @Override
    public String jdbcDriverClass() {
        return "org.mariadb.jdbc.Driver";
    }
}
