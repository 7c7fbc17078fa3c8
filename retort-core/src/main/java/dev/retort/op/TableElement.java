package dev.retort.op;

import dev.retort.schema.Table;
import java.util.List;

/**
 * A part of a table, the same in a migration script ({@code op.createTable(name, elements...)},
 * {@code dev.retort.Ddl}) and in a model ({@code dev.retort.model.Dsl.table(name, elements...)}): a column
 * ({@link ColumnDef}), a key, constraint or index ({@link PrimaryKeyDef}, {@link UniqueDef}, {@link CheckDef},
 * {@link IndexDef}, {@link ForeignKeyDef}), or the table's schema or comment ({@link TableOption}). Made by the
 * factories of {@link TableDsl}.
 */
public sealed interface TableElement
        permits ColumnDef, PrimaryKeyDef, UniqueDef, IndexDef, CheckDef, ForeignKeyDef, TableOption {

    /** The table the elements describe, as a script does: names as written ({@link TableConventions#AS_WRITTEN}). */
    static Table table(String schema, String name, String comment, TableElement... elements) {
        return table(schema, name, comment, TableConventions.AS_WRITTEN, elements);
    }

    /**
     * The table the elements describe; columns marked {@code primaryKey()} form the key, in order, and
     * {@code conventions} name what the elements leave unnamed.
     */
    static Table table(String schema, String name, String comment, TableConventions conventions,
                       TableElement... elements) {
        return TableAssembly.assemble(name, Table.builder(name).schema(schema).comment(comment), conventions,
                List.of(elements));
    }
}
