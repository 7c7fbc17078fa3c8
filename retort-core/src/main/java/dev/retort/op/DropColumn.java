package dev.retort.op;

import dev.retort.schema.Column;
import java.util.Objects;
import java.util.Optional;

/** Drops a column; reversible when its {@code definition} is known. */
public record DropColumn(String schema, String table, String column, Column definition) implements Operation {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map(c -> new AddColumn(schema, table, c));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
