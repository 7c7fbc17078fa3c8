package dev.retort.op;

import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import java.util.Objects;
import java.util.Optional;

/** Adds a FOREIGN KEY constraint to a table. */
public record CreateForeignKey(String schema, String table, ForeignKey key) implements Operation {
    public CreateForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public Optional<Operation> reverse() {
        return key.name() == null ? Optional.empty()
                : Optional.of(new DropConstraint(schema, table, key.name(), ConstraintKind.FOREIGN_KEY, this));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createForeignKey(this);
    }
}
