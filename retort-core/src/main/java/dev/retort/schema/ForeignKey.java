package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY constraint.
 *
 * @param referencedSchema the referenced table's schema, or null for the same schema
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Names.require(referencedTable, "referenced table");
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key needs as many referenced columns as columns, got "
                    + columns + " -> " + referencedColumns);
        }
        onDelete = Objects.requireNonNullElse(onDelete, ReferentialAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ReferentialAction.NO_ACTION);
    }

    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, null, referencedTable, referencedColumns, null, null);
    }
}
