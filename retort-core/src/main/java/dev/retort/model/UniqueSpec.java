package dev.retort.model;

import java.util.List;

/** A unique constraint; made by {@link Dsl#unique(String, String...)} or {@link Dsl#uniqueOn(String...)}. */
public final class UniqueSpec implements TablePart {
    final String name;
    final List<String> columns;

    UniqueSpec(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }
}
