package dev.retort.model;

import java.util.List;
import java.util.Objects;

/** An index; made by {@link Dsl#index(String, String...)} and its siblings. */
public final class IndexSpec implements TablePart {
    final String name;
    final List<String> columns;
    boolean unique;
    String where;

    IndexSpec(String name, List<String> columns, boolean unique) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.unique = unique;
    }

    public IndexSpec unique() {
        unique = true;
        return this;
    }

    /** Makes it a partial index over the rows where {@code predicate} (SQL) holds. */
    public IndexSpec where(String predicate) {
        where = Objects.requireNonNull(predicate, "predicate");
        return this;
    }
}
