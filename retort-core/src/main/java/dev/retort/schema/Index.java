package dev.retort.schema;

import java.util.List;

/**
 * An index on columns or on expressions (where the database supports them).
 *
 * @param columns     the indexed columns, in order; empty for a pure expression index
 * @param expressions SQL expressions indexed after the columns, e.g. {@code lower(email)}
 * @param where       predicate of a partial index, or null
 */
public record Index(String name, List<String> columns, List<String> expressions, boolean unique, String where) {
    public Index {
        Names.require(name, "index");
        columns = List.copyOf(columns);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        if (columns.isEmpty() && expressions.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs a column or an expression");
        }
    }

    public static Index on(String name, String... columns) {
        return new Index(name, List.of(columns), List.of(), false, null);
    }

    public static Index uniqueOn(String name, String... columns) {
        return new Index(name, List.of(columns), List.of(), true, null);
    }
}
