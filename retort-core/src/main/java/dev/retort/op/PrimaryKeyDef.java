package dev.retort.op;

import java.util.List;

/**
 * A primary key over one or more columns, as a table element: {@code primaryKey("pk_order_lines", "order_id",
 * "line_no")} in a script, {@code primaryKey("order_id", "line_no")} in a model, {@code primaryKeyOn(...)} in both.
 * Without a name a model names it {@code pk_<table>} and a script leaves the name to the database.
 */
public record PrimaryKeyDef(String name, List<String> columns) implements TableElement {
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
    }

    /** The key's name, overriding the model's {@code pk_<table>}. */
    public PrimaryKeyDef named(String value) {
        return new PrimaryKeyDef(TableAssembly.required(value, "name"), columns);
    }
}
