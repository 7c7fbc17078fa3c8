package dev.retort.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of tables: what the models declare, or what reflection found in a database. Tables are kept
 * in the order given; lookups by name are O(1).
 */
public record Schema(List<Table> tables) {
    public Schema {
        tables = List.copyOf(tables);
        Map<String, Table> seen = new LinkedHashMap<>();
        for (Table t : tables) {
            if (seen.put(key(t.schema(), t.name()), t) != null) {
                throw new IllegalArgumentException("table " + t.name() + " appears twice");
            }
        }
    }

    public static Schema empty() {
        return new Schema(List.of());
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
