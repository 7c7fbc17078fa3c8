package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gathers catalog rows, table by table, into a {@link Schema}, for the {@link SchemaInspector}s. Rows for
 * tables that were not added (filtered out, or of another schema) are ignored, so an inspector may read
 * the whole catalog and leave the filtering here.
 *
 * <pre>{@code
 * SchemaCollector tables = new SchemaCollector(null, includeTable);
 * tables.addTable("users", "people who sign in");
 * tables.addColumn("users", Column.of("id", ColumnType.bigint()).notNull());
 * Schema schema = tables.build();
 * }</pre>
 */
public final class SchemaCollector {
    private final String schema;
    private final Predicate<String> include;
    private final Map<String, Parts> tables = new TreeMap<>();
    private final Map<String, Sequence> sequences = new TreeMap<>();

    /**
     * @param schema  the schema name given to every table (null: the current one)
     * @param include the caller's filter; {@link SchemaInspector#ALWAYS_EXCLUDED} is applied as well
     */
    public SchemaCollector(String schema, Predicate<String> include) {
        this.schema = schema;
        Predicate<String> own = SchemaInspector.excluding(SchemaInspector.ALWAYS_EXCLUDED);
        this.include = own.and(include);
    }

    /** Adds a table unless filtered out; returns whether it was added. */
    public boolean addTable(String name, String comment) {
        if (!include.test(name)) {
            return false;
        }
        tables.put(name, new Parts(comment));
        return true;
    }

    public boolean contains(String table) {
        return tables.containsKey(table);
    }

    /** The columns added so far to {@code table}, in order; empty for an unknown table. */
    public List<Column> columns(String table) {
        Parts p = tables.get(table);
        return p == null ? List.of() : List.copyOf(p.columns);
    }

    /** The primary key added to {@code table}, if any. */
    public Optional<PrimaryKey> primaryKey(String table) {
        Parts p = tables.get(table);
        return Optional.ofNullable(p == null ? null : p.primaryKey);
    }

    /** The foreign keys added so far to {@code table}; empty for an unknown table. */
    public List<ForeignKey> foreignKeys(String table) {
        Parts p = tables.get(table);
        return p == null ? List.of() : List.copyOf(p.foreignKeys);
    }

    /** Appends a column; columns must come in table order. */
    public void addColumn(String table, Column column) {
        with(table, p -> p.columns.add(column));
    }

    public void primaryKey(String table, PrimaryKey key) {
        with(table, p -> p.primaryKey = key);
    }

    public void addUnique(String table, UniqueConstraint unique) {
        with(table, p -> p.uniques.add(unique));
    }

    public void addIndex(String table, Index index) {
        with(table, p -> p.indexes.add(index));
    }

    public void addForeignKey(String table, ForeignKey key) {
        with(table, p -> p.foreignKeys.add(key));
    }

    public void addCheck(String table, CheckConstraint check) {
        with(table, p -> p.checks.add(check));
    }

    /** A sequence of the schema (not one that belongs to a column), whatever the table filter. */
    public void addSequence(String name, long start, long increment) {
        sequences.put(name, new Sequence(schema, name, start, increment));
    }

    /** The tables sorted by name; constraints and indexes sorted by name, unnamed ones last in catalog order. */
    public Schema build() {
        List<Table> out = new ArrayList<>();
        tables.forEach((name, p) -> {
            Table.Builder b = Table.builder(name).schema(schema).comment(p.comment).primaryKey(p.primaryKey);
            p.columns.forEach(b::column);
            sorted(p.uniques, UniqueConstraint::name).forEach(b::unique);
            sorted(p.indexes, Index::name).forEach(b::index);
            sorted(p.foreignKeys, ForeignKey::name).forEach(b::foreignKey);
            sorted(p.checks, CheckConstraint::name).forEach(b::check);
            out.add(b.build());
        });
        return new Schema(out, List.copyOf(sequences.values()));
    }

    private void with(String table, Consumer<Parts> change) {
        Parts p = tables.get(table);
        if (p != null) {
            change.accept(p);
        }
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())));
        return copy;
    }

    private static final class Parts {
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        Parts(String comment) {
            this.comment = comment;
        }
    }
}
