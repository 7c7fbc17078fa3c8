package dev.retort.schema;

import java.util.Objects;

/**
 * A database sequence: what {@code @SequenceGenerator} declares and {@code CREATE SEQUENCE} makes. {@code schema}
 * is null for the current one, as for a {@link Table}. Sequences that belong to a column (PostgreSQL's serial and
 * identity columns) are part of that column, not sequences of the schema.
 *
 * <pre>{@code
 * Sequence ids = Sequence.of("journal_seq").withIncrement(50);   // start 1, increment 50
 * }</pre>
 */
public record Sequence(String schema, String name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + ": increment must not be 0");
        }
    }

    /** A sequence in the current schema starting at 1, incremented by 1. */
    public static Sequence of(String name) {
        return new Sequence(null, name, 1, 1);
    }

    public Sequence withSchema(String newSchema) {
        return new Sequence(newSchema, name, start, increment);
    }

    public Sequence withStart(long newStart) {
        return new Sequence(schema, name, newStart, increment);
    }

    public Sequence withIncrement(long newIncrement) {
        return new Sequence(schema, name, start, newIncrement);
    }
}
