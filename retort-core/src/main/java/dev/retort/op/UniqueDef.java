package dev.retort.op;

import java.util.List;

/**
 * A unique constraint, as a table element: {@code unique("uq_users_email", "email")}, or {@code uniqueOn("email")}
 * for a model's {@code uq_<table>_<columns>} (a script leaves that name to the database).
 */
public record UniqueDef(String name, List<String> columns) implements TableElement {
    public UniqueDef {
        columns = List.copyOf(columns);
    }

    public UniqueDef named(String value) {
        return new UniqueDef(TableAssembly.required(value, "name"), columns);
    }
}
