package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a sequence's start and increment in place (its current value stays); {@code previous}, when known,
 * is what the downgrade restores.
 */
public record AlterSequence(Sequence sequence, Sequence previous) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous).map(p -> new AlterSequence(p, sequence));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }
}
