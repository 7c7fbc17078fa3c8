package dev.retort.dialect;

/**
 * Everything Retort needs to know about one database. One implementation per database; nothing
 * outside a dialect asks which database it is talking to.
 */
public interface Dialect {
    /** Short lower-case name: {@code postgresql}, {@code mariadb}, {@code sqlite}, {@code h2}. */
    String name();

    /** True when {@code jdbcUrl} is for this database. */
    boolean acceptsUrl(String jdbcUrl);

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
}
