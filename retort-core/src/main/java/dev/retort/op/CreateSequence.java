package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/** Creates a sequence; {@code op.createSequence("journal_seq", s -> s.start(1).increment(50))}. */
public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropSequence(sequence.schema(), sequence.name(), sequence));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }

    /** What {@code op.createSequence(name, s -> ...)} sets: the first value and the step. */
    public static final class Builder {
        private long start = 1;
        private long increment = 1;

        public Builder start(long value) {
            this.start = value;
            return this;
        }

        public Builder increment(long value) {
            this.increment = value;
            return this;
        }

        /** The sequence {@code name} in {@code schema} (null: the current one) as set. */
        public Sequence build(String schema, String name) {
            return new Sequence(schema, name, start, increment);
        }
    }
}
