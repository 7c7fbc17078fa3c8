package dev.retort.op;

import dev.retort.schema.Index;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops an index of {@code table} (MariaDB needs the table); reversible when its {@code definition} is known.
 * {@code concurrently} applies on PostgreSQL only.
 */
public record DropIndex(String schema, String table, String name, Index definition, boolean concurrently)
        implements Operation {
    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map(i -> new CreateIndex(schema, table, i, concurrently));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
