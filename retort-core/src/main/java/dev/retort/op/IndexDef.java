package dev.retort.op;

import dev.retort.schema.Index;
import java.util.List;

/**
 * An index created with the table: {@code index("ix_users_phone", "phone")}, {@code uniqueIndex(...)},
 * {@code indexOn("phone").where("phone <> ''")}, or with {@code op.createIndex}'s options through
 * {@code index(name, i -> i.expressions("lower(email)").unique())}. Without a name a model names it
 * {@code ix_<table>_<columns>}; a script must name it.
 */
public record IndexDef(String name, List<String> columns, List<String> expressions, boolean uniqueIndex, String where,
                       String kind) implements TableElement {
    public IndexDef {
        columns = List.copyOf(columns);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
    }

    /** An ordinary (B-tree) index. */
    public IndexDef(String name, List<String> columns, List<String> expressions, boolean uniqueIndex, String where) {
        this(name, columns, expressions, uniqueIndex, where, null);
    }

    static IndexDef of(Index index) {
        return new IndexDef(index.name(), index.columns(), index.expressions(), index.unique(), index.where(),
                index.kind());
    }

    public IndexDef unique() {
        return new IndexDef(name, columns, expressions, true, where, kind);
    }

    /** Makes it a partial index over the rows where {@code predicate} (SQL) holds. */
    public IndexDef where(String predicate) {
        return new IndexDef(name, columns, expressions, uniqueIndex, TableAssembly.required(predicate, "predicate"),
                kind);
    }

    /** Makes it an index of that kind: {@code gin}, {@code gist}, {@code brin}, {@code hash}, {@code fulltext}, {@code spatial}. */
    public IndexDef kind(String value) {
        return new IndexDef(name, columns, expressions, uniqueIndex, where, TableAssembly.required(value, "kind"));
    }

    public IndexDef named(String value) {
        return new IndexDef(TableAssembly.required(value, "name"), columns, expressions, uniqueIndex, where, kind);
    }

    Index index(String resolvedName) {
        return new Index(resolvedName, columns, expressions, uniqueIndex, where, kind);
    }
}
