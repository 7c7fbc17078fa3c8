package dev.retort.op;

import dev.retort.schema.ConstraintKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a named constraint. {@code kind} may be null except where the database needs it (MariaDB drops a
 * primary key, foreign key and unique key with different statements); {@code recreate}, the operation that
 * created the constraint, makes it reversible.
 */
public record DropConstraint(String schema, String table, String name, ConstraintKind kind, Operation recreate)
        implements Operation {
    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(recreate);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }
}
