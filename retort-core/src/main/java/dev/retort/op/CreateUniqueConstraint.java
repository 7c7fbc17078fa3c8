package dev.retort.op;

import dev.retort.schema.ConstraintKind;
import dev.retort.schema.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

/** Adds a UNIQUE constraint to a table. */
public record CreateUniqueConstraint(String schema, String table, UniqueConstraint constraint) implements Operation {
    public CreateUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Optional<Operation> reverse() {
        return constraint.name() == null ? Optional.empty()
                : Optional.of(new DropConstraint(schema, table, constraint.name(), ConstraintKind.UNIQUE, this));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createUniqueConstraint(this);
    }
}
