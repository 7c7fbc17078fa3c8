package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of {@code op.createTable(name, elements...)}: a column ({@link ColumnDef}), a foreign key
 * ({@link ForeignKeyDef}) or another constraint or index ({@link Constraint}); built by {@link dev.retort.Ddl}.
 */
public sealed interface TableElement permits ColumnDef, ForeignKeyDef, TableElement.Constraint {

    /** A primary key, unique constraint, check constraint or index, as a table element. */
    record Constraint(PrimaryKey primaryKey, UniqueConstraint unique, CheckConstraint check, Index index)
            implements TableElement {
    }

    /** The table the elements describe; columns marked {@code primaryKey()} form the key, in order. */
    static Table table(String schema, String name, String comment, TableElement... elements) {
        Table.Builder b = Table.builder(name).schema(schema).comment(comment);
        List<String> keyColumns = new ArrayList<>();
        PrimaryKey key = null;
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c) {
                b.column(c.column());
                if (c.inPrimaryKey()) {
                    keyColumns.add(c.column().name());
                }
                if (c.uniqueAlone()) {
                    b.unique(new UniqueConstraint(null, List.of(c.column().name())));
                }
            } else if (e instanceof ForeignKeyDef f) {
                b.foreignKey(f.foreignKey());
            } else if (e instanceof Constraint k) {
                if (k.primaryKey() != null) {
                    key = k.primaryKey();
                }
                if (k.unique() != null) {
                    b.unique(k.unique());
                }
                if (k.check() != null) {
                    b.check(k.check());
                }
                if (k.index() != null) {
                    b.index(k.index());
                }
            }
        }
        if (key != null && !keyColumns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has both primaryKey(...) and columns marked primaryKey()");
        }
        if (key == null && !keyColumns.isEmpty()) {
            key = new PrimaryKey(null, keyColumns);
        }
        return b.primaryKey(key).build();
    }
}
