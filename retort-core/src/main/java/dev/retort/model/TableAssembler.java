package dev.retort.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the parts given to {@link Dsl#table(String, TablePart...)} into a {@link Table}. */
final class TableAssembler {
    private final String table;
    private final Set<String> columns = new LinkedHashSet<>();

    private TableAssembler(String table) {
        this.table = table;
    }

    static Table assemble(String name, List<TablePart> parts) {
        return new TableAssembler(name).build(parts);
    }

    private Table build(List<TablePart> parts) {
        Table.Builder builder = Table.builder(table);
        for (TablePart part : parts) {
            if (part instanceof ColumnSpec c && !columns.add(c.name)) {
                throw fail("declares column " + c.name + " twice");
            }
        }
        PrimaryKey primaryKey = primaryKey(parts);
        for (TablePart part : parts) {
            if (part instanceof ColumnSpec c) {
                boolean notNull = c.notNull || c.autoIncrement || primaryKey != null && primaryKey.columns().contains(c.name);
                builder.column(new Column(c.name, c.type, !notNull, c.serverDefault, c.autoIncrement, c.comment));
            }
        }
        builder.primaryKey(primaryKey);
        for (TablePart part : parts) {
            if (part instanceof ColumnSpec c) {
                columnConstraints(builder, c);
            } else if (part instanceof UniqueSpec u) {
                builder.unique(new UniqueConstraint(u.name != null ? u.name : NamingConvention.unique(table, u.columns),
                        known("unique constraint", u.columns)));
            } else if (part instanceof IndexSpec i) {
                builder.index(new Index(i.name != null ? i.name : NamingConvention.index(table, i.columns),
                        known("index", i.columns), List.of(), i.unique, i.where));
            } else if (part instanceof ForeignKeySpec f) {
                builder.foreignKey(foreignKey(f));
            } else if (part instanceof CheckSpec c) {
                builder.check(new CheckConstraint(NamingConvention.check(table, c.name), c.expression));
            } else if (part instanceof TableOption o) {
                if (o.schema != null) {
                    builder.schema(o.schema);
                }
                if (o.comment != null) {
                    builder.comment(o.comment);
                }
            }
        }
        return builder.build();
    }

    private PrimaryKey primaryKey(List<TablePart> parts) {
        List<String> onColumns = new ArrayList<>();
        PrimaryKeySpec declared = null;
        for (TablePart part : parts) {
            if (part instanceof ColumnSpec c && c.primaryKey) {
                onColumns.add(c.name);
            } else if (part instanceof PrimaryKeySpec p) {
                if (declared != null) {
                    throw fail("has two primaryKey(...) parts; list every key column in one");
                }
                declared = p;
            }
        }
        if (declared != null && !onColumns.isEmpty()) {
            throw fail("has a primary key both on columns " + onColumns + " and as primaryKey" + declared.columns + "; keep one");
        }
        if (declared != null) {
            String name = declared.name != null ? declared.name : NamingConvention.primaryKey(table);
            return new PrimaryKey(name, known("primary key", declared.columns));
        }
        return onColumns.isEmpty() ? null : new PrimaryKey(NamingConvention.primaryKey(table), onColumns);
    }

    private void columnConstraints(Table.Builder builder, ColumnSpec c) {
        List<String> self = List.of(c.name);
        if (c.unique) {
            builder.unique(new UniqueConstraint(c.uniqueName != null ? c.uniqueName : NamingConvention.unique(table, self), self));
        }
        if (c.index) {
            builder.index(new Index(c.indexName != null ? c.indexName : NamingConvention.index(table, self), self, List.of(), false, null));
        }
        if (c.referencedTable == null) {
            if (c.onDelete != null || c.onUpdate != null || c.foreignKeyName != null) {
                throw fail("column " + c.name + " sets a foreign key option without references(table, column)");
            }
            return;
        }
        String name = c.foreignKeyName != null ? c.foreignKeyName : NamingConvention.foreignKey(table, self, c.referencedTable);
        builder.foreignKey(new ForeignKey(name, self, null, c.referencedTable, List.of(c.referencedColumn), c.onDelete, c.onUpdate));
    }

    private ForeignKey foreignKey(ForeignKeySpec f) {
        if (f.referencedTable == null) {
            throw fail("foreignKey" + f.columns + " has no references(table, columns...)");
        }
        if (f.referencedColumns.size() != f.columns.size()) {
            throw fail("foreignKey" + f.columns + " references " + f.referencedColumns.size() + " columns of "
                    + f.referencedTable + "; give one per column");
        }
        String name = f.name != null ? f.name : NamingConvention.foreignKey(table, f.columns, f.referencedTable);
        return new ForeignKey(name, known("foreign key", f.columns), f.referencedSchema, f.referencedTable,
                f.referencedColumns, f.onDelete, f.onUpdate);
    }

    private List<String> known(String what, List<String> names) {
        if (names.isEmpty()) {
            throw fail("has a " + what + " without columns");
        }
        for (String name : names) {
            if (!columns.contains(name)) {
                throw fail("has a " + what + " on unknown column " + name + "; its columns are " + columns);
            }
        }
        return names;
    }

    private IllegalArgumentException fail(String message) {
        return new IllegalArgumentException("table " + table + " " + message);
    }
}
