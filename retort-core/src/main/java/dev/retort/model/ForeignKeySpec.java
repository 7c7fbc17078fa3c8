package dev.retort.model;

import dev.retort.schema.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key over one or more columns; made by {@link Dsl#foreignKey(String...)}:
 * {@code foreignKey("order_id", "line_no").references("order_lines", "order_id", "line_no").onDelete(CASCADE)}.
 */
public final class ForeignKeySpec implements TablePart {
    final List<String> columns;
    String name;
    String referencedSchema;
    String referencedTable;
    List<String> referencedColumns = List.of();
    ReferentialAction onDelete;
    ReferentialAction onUpdate;

    ForeignKeySpec(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public ForeignKeySpec references(String table, String... columns) {
        referencedTable = Objects.requireNonNull(table, "table");
        referencedColumns = List.of(columns);
        return this;
    }

    /** The referenced table's schema, when it is not the default one. */
    public ForeignKeySpec inSchema(String schema) {
        referencedSchema = Objects.requireNonNull(schema, "schema");
        return this;
    }

    /** Overrides the conventional {@code fk_<table>_<columns>_<referenced table>}. */
    public ForeignKeySpec named(String value) {
        name = Objects.requireNonNull(value, "value");
        return this;
    }

    public ForeignKeySpec onDelete(ReferentialAction action) {
        onDelete = Objects.requireNonNull(action, "action");
        return this;
    }

    public ForeignKeySpec onUpdate(ReferentialAction action) {
        onUpdate = Objects.requireNonNull(action, "action");
        return this;
    }
}
