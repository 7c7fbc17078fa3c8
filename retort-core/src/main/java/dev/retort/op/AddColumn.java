package dev.retort.op;

import dev.retort.schema.Column;
import java.util.Objects;
import java.util.Optional;

/** Adds a column to a table; reversed by {@link DropColumn} carrying the column. */
public record AddColumn(String schema, String table, Column column) implements Operation {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropColumn(schema, table, column.name(), column));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
