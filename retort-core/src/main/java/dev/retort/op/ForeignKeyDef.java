package dev.retort.op;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key being declared, from {@link dev.retort.Ddl#foreignKey(String, String...)}: immutable, each
 * method returns a new one.
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
        return new ForeignKeyDef(name, columns, referencedSchema, table, List.of(referencedColumns), onDelete, onUpdate);
    }

    public ForeignKeyDef referencesSchema(String schema) {
        return new ForeignKeyDef(name, columns, schema, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKeyDef onDelete(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKeyDef onUpdate(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action);
    }

    /** The schema model's foreign key; fails when {@link #references} was not given. */
    public ForeignKey foreignKey() {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + name + " on " + columns + " needs references(table, columns...)");
        }
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
