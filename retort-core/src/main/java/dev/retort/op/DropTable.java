package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** Drops a table; with its {@code definition} known it is reversible (and PostgreSQL drops its enum types). */
public record DropTable(String schema, String name, Table definition) implements Operation {
    public DropTable {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map(CreateTable::new);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
