package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** Creates a table with its columns, keys, checks, indexes and comment; reversed by {@link DropTable} carrying the table. */
public record CreateTable(Table table) implements Operation {
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropTable(table.schema(), table.name(), table));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
