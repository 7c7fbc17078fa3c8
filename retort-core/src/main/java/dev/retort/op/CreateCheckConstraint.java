package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ConstraintKind;
import java.util.Objects;
import java.util.Optional;

/** Adds a CHECK constraint to a table. */
public record CreateCheckConstraint(String schema, String table, CheckConstraint check) implements Operation {
    public CreateCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Optional<Operation> reverse() {
        return check.name() == null ? Optional.empty()
                : Optional.of(new DropConstraint(schema, table, check.name(), ConstraintKind.CHECK, this));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createCheckConstraint(this);
    }
}
