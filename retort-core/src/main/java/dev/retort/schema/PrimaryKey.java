package dev.retort.schema;

import java.util.List;

/** A table's primary key; {@code name} may be null where the database names it itself. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
