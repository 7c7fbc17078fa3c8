package dev.retort.op;

import dev.retort.schema.ConstraintKind;
import dev.retort.schema.PrimaryKey;
import java.util.Objects;
import java.util.Optional;

/** Adds a primary key to a table. */
public record CreatePrimaryKey(String schema, String table, PrimaryKey key) implements Operation {
    public CreatePrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public Optional<Operation> reverse() {
        return key.name() == null ? Optional.empty()
                : Optional.of(new DropConstraint(schema, table, key.name(), ConstraintKind.PRIMARY_KEY, this));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createPrimaryKey(this);
    }
}
