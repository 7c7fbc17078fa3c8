package dev.retort.op;

import java.util.Objects;
import java.util.Optional;

/** Renames a table within its schema. */
public record RenameTable(String schema, String from, String to) implements Operation {
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameTable(schema, to, from));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
