package dev.retort.schema;

import java.util.List;

/** A UNIQUE constraint; {@code name} may be null for a database-named one. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a unique constraint needs at least one column");
        }
    }
}
