package dev.retort.op;

import java.util.List;

/**
 * What a table's author leaves unsaid: the names of unnamed constraints and indexes, and how strictly the
 * elements are checked. A migration script keeps names as written and leaves unnamed ones to the database
 * ({@link #AS_WRITTEN}); a model names them by {@code dev.retort.model.NamingConvention} and checks every
 * constraint's columns.
 */
public interface TableConventions {

    /** A migration script's: names as written, null ones chosen by the database; no extra checks. */
    TableConventions AS_WRITTEN = new TableConventions() {
    };

    /** The name of an unnamed primary key, or null to let the database choose. */
    default String primaryKey(String table) {
        return null;
    }

    default String unique(String table, List<String> columns) {
        return null;
    }

    /** The name of an unnamed index; null fails, as an index needs a name. */
    default String index(String table, List<String> columns) {
        return null;
    }

    default String foreignKey(String table, List<String> columns, String referencedTable) {
        return null;
    }

    /** The name a check constraint {@code check(name, expression)} gets. */
    default String check(String table, String name) {
        return name;
    }

    /**
     * Whether every constraint must name declared columns, a column be declared once, a foreign key reference one
     * column per column, and the columns of a table-level primary key become NOT NULL.
     */
    default boolean strict() {
        return false;
    }
}
