package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/** Drops a sequence; its {@code definition}, when known, makes the drop reversible. */
public record DropSequence(String schema, String name, Sequence definition) implements Operation {
    public DropSequence {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map(CreateSequence::new);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}
