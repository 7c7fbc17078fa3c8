package dev.retort.op;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key being declared: {@code foreignKey("fk_orders_user", "user_id")} in a script,
 * {@code foreignKey("user_id")} in a model, {@code foreignKeyOn("user_id")} in both; or made by
 * {@link ColumnDef#references(String, String...)}. Immutable, each method returns a new one.
 *
 * <pre>{@code
 * foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(ReferentialAction.CASCADE)
 * }</pre>
 */
public record ForeignKeyDef(String name, List<String> columns, String referencedSchema, String referencedTable,
                            List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate)
        implements TableElement {
    public ForeignKeyDef {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("foreign key " + name + " names no columns; write foreignKey(name, columns...),"
                    + " e.g. foreignKey(\"fk_users_plan_id\", \"plan_id\").references(\"plans\", \"id\")");
        }
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
        onDelete = Objects.requireNonNullElse(onDelete, ReferentialAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ReferentialAction.NO_ACTION);
    }

    public ForeignKeyDef references(String table, String... referencedColumns) {
        return new ForeignKeyDef(name, columns, referencedSchema, TableAssembly.required(table, "table"),
                List.of(referencedColumns), onDelete, onUpdate);
    }

    /** The referenced table's schema, when it is not the default one. */
    public ForeignKeyDef referencesSchema(String schema) {
        return new ForeignKeyDef(name, columns, schema, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    /** The same as {@link #referencesSchema(String)}. */
    public ForeignKeyDef inSchema(String schema) {
        return referencesSchema(TableAssembly.required(schema, "schema"));
    }

    /** The key's name, overriding a model's {@code fk_<table>_<columns>_<referenced table>}. */
    public ForeignKeyDef named(String value) {
        return new ForeignKeyDef(TableAssembly.required(value, "name"), columns, referencedSchema, referencedTable,
                referencedColumns, onDelete, onUpdate);
    }

    public ForeignKeyDef onDelete(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKeyDef onUpdate(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action);
    }

    /** The schema model's foreign key; fails when {@link #references} was not given. */
    public ForeignKey foreignKey() {
        return foreignKey(name);
    }

    ForeignKey foreignKey(String resolvedName) {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + (name == null ? "" : name + " ") + "on " + columns
                    + " needs references(table, columns...)");
        }
        return new ForeignKey(resolvedName, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
