package dev.retort.model;

import java.util.List;
import java.util.Objects;

/** A table's primary key over several columns; made by {@link Dsl#primaryKey(String...)}. */
public final class PrimaryKeySpec implements TablePart {
    final List<String> columns;
    String name;

    PrimaryKeySpec(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Overrides the conventional {@code pk_<table>}. */
    public PrimaryKeySpec named(String value) {
        name = Objects.requireNonNull(value, "value");
        return this;
    }
}
