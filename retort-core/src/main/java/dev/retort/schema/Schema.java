package dev.retort.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of tables and sequences: what the models declare, or what reflection found in a database. Tables are
 * kept in the order given; lookups by name are O(1).
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {
    public Schema {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        Map<String, Sequence> names = new LinkedHashMap<>();
        for (Sequence s : sequences) {
            if (names.put(key(s.schema(), s.name()), s) != null) {
                throw new IllegalArgumentException("sequence " + s.name() + " appears twice");
            }
        }
        Map<String, Table> seen = new LinkedHashMap<>();
        for (Table t : tables) {
            if (seen.put(key(t.schema(), t.name()), t) != null) {
                throw new IllegalArgumentException("table " + t.name() + " appears twice");
            }
        }
    }

    /** Tables without sequences. */
    public Schema(List<Table> tables) {
        this(tables, List.of());
    }

    public static Schema empty() {
        return new Schema(List.of());
    }

    /** This schema with {@code newSequences} instead of its sequences. */
    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, newSequences);
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(String name) {
        return table(null, name);
    }

    public Optional<Table> table(String schema, String name) {
        for (Table t : tables) {
            if (t.name().equals(name) && (schema == null || schema.equals(t.schema()))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String key(String schema, String name) {
        return (schema == null ? "" : schema) + "\u0000" + name;
    }
}
