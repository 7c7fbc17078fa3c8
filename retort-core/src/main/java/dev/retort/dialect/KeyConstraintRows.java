package dev.retort.dialect;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Key constraints as an {@code information_schema} lists them, one row per column in key order, gathered
 * back into primary keys, unique constraints and foreign keys, for the {@link SchemaInspector}s of
 * MariaDB and H2. Both treat {@code RESTRICT} as their default and as {@code NO ACTION}, and report it for
 * a key declared without an action, so it is read as {@link ReferentialAction#NO_ACTION}.
 */
public final class KeyConstraintRows {
    private final Map<String, Key> keys = new LinkedHashMap<>();

    /**
     * One column of a constraint.
     *
     * @param type      {@code PRIMARY KEY}, {@code UNIQUE} or {@code FOREIGN KEY}
     * @param refSchema the referenced table's schema, null when it is the table's own; null but for foreign keys
     * @param onDelete  the rule as the catalog spells it ({@code SET NULL}); null but for foreign keys
     */
    public void add(String table, String name, String type, String column, String refSchema, String refTable,
                    String refColumn, String onDelete, String onUpdate) {
        Key k = keys.computeIfAbsent(table + "\0" + name, x -> new Key(table, name, type));
        k.columns.add(column);
        k.refSchema = refSchema;
        k.refTable = refTable;
        k.refColumns.add(refColumn);
        k.onDelete = onDelete;
        k.onUpdate = onUpdate;
    }

    /** Adds every constraint to its table; a primary key keeps its name only when {@code namePrimaryKey}. */
    public void addTo(SchemaCollector tables, boolean namePrimaryKey) {
        for (Key k : keys.values()) {
            switch (k.type) {
                case "PRIMARY KEY" ->
                        tables.primaryKey(k.table, new PrimaryKey(namePrimaryKey ? k.name : null, k.columns));
                case "UNIQUE" -> tables.addUnique(k.table, new UniqueConstraint(k.name, k.columns));
                case "FOREIGN KEY" -> tables.addForeignKey(k.table, new ForeignKey(k.name, k.columns, k.refSchema,
                        k.refTable, k.refColumns, action(k.onDelete), action(k.onUpdate)));
                default -> throw new IllegalStateException("unexpected constraint type " + k.type);
            }
        }
    }

    private static ReferentialAction action(String rule) {
        return rule == null || rule.equals("RESTRICT") ? ReferentialAction.NO_ACTION
                : ReferentialAction.valueOf(rule.replace(' ', '_').toUpperCase(Locale.ROOT));
    }

    private static final class Key {
        final String table;
        final String name;
        final String type;
        final List<String> columns = new ArrayList<>();
        final List<String> refColumns = new ArrayList<>();
        String refSchema;
        String refTable;
        String onDelete;
        String onUpdate;

        Key(String table, String name, String type) {
            this.table = table;
            this.name = name;
            this.type = type;
        }
    }
}
