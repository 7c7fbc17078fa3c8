package dev.retort.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Inserts rows given as maps of column name to value (nulls allowed). Online the rows go through a batched
 * prepared statement; offline they become multi-row INSERTs with the values as literals. Rows are sent in
 * batches of {@link #BATCH_SIZE}, rows of the same columns together.
 *
 * <pre>{@code
 * op.bulkInsert("plans", List.of(Map.of("name", "free", "tokens", 2000), Map.of("name", "pro", "tokens", 50000)));
 * }</pre>
 */
public record BulkInsert(String schema, String table, List<Map<String, Object>> rows) implements Operation {
    /** Rows per batch online, and per INSERT statement offline. */
    public static final int BATCH_SIZE = 500;

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (row == null || row.isEmpty()) {
                throw new IllegalArgumentException("bulkInsert into " + table + ": a row needs at least one column");
            }
            // Not Map.copyOf: a value may be null, to insert SQL NULL.
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The rows in groups of the same columns (in first-seen order), each at most {@link #BATCH_SIZE} rows. */
    public List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        List<String> columns = null;
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> rowColumns = List.copyOf(row.keySet());
            Set<String> rowSet = new LinkedHashSet<>(rowColumns);
            if (columns == null || !rowSet.equals(new LinkedHashSet<>(columns)) || values.size() == BATCH_SIZE) {
                if (columns != null) {
                    out.add(new Chunk(columns, values));
                }
                columns = rowColumns;
                values = new ArrayList<>();
            }
            List<Object> v = new ArrayList<>(columns.size());
            for (String c : columns) {
                v.add(row.get(c));
            }
            values.add(Collections.unmodifiableList(v));
        }
        if (columns != null) {
            out.add(new Chunk(columns, values));
        }
        return out;
    }

    /** Rows with the same columns, values in column order. */
    public record Chunk(List<String> columns, List<List<Object>> values) {
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }
}
