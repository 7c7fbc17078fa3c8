package dev.retort.dialect.h2;

import dev.retort.dialect.ScratchPlace;
import dev.retort.dialect.BaseDialect;
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.SchemaInspector;
import java.util.List;
import java.util.Set;

/**
 * H2: bare names fold to UPPER case, so {@code users} is quoted to stay {@code users}; DDL commits at once.
 */
public final class H2Dialect extends BaseDialect {
    // H2 2.x keywords (h2database.com "Keywords / Reserved Words").
    private static final Set<String> RESERVED = Set.of(
            "ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC", "AUTHORIZATION", "BETWEEN", "BOTH", "CASE",
            "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_PATH",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DAY",
            "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN",
            "FROM", "FULL", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT",
            "INTERVAL", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
            "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER",
            "PARTITION", "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND",
            "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TOP",
            "TRAILING", "TRUE", "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES",
            "WHEN", "WHERE", "WINDOW", "WITH", "YEAR", "_ROWID_");

    public H2Dialect() {
        super("h2", List.of("jdbc:h2:"), RESERVED);
    }

    @Override
    public dev.retort.dialect.MigrationLock lock(java.sql.Connection lockConnection, String schema, String table,
            java.time.Duration timeout) throws java.sql.SQLException {
        return H2Lock.acquire(lockConnection, timeout);
    }

    @Override
    protected Folding folding() {
        return Folding.UPPER;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public DdlRenderer ddl() {
        return new H2Ddl(this);
    }

    @Override
    public SchemaInspector inspector() {
        return new H2Inspector();
    }

    /** An in-memory database, gone when its connection closes. */
    @Override
    public ScratchPlace scratch(java.util.function.Supplier<java.sql.Connection> connect) throws java.sql.SQLException {
        String name = ScratchPlace.newName();
        return ScratchPlace.ofUrl("jdbc:h2:mem:" + name, "in-memory database " + name, () -> { });
    }

    @Override
    public String jdbcDriverClass() {
        return "org.h2.Driver";
    }
}
