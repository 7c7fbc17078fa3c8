package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns {@link TableElement}s into a {@link Table}, naming and checking them by {@link TableConventions}. */
final class TableAssembly {
    private final String table;
    private final TableConventions conventions;
    private final Set<String> columns = new LinkedHashSet<>();

    private TableAssembly(String table, TableConventions conventions) {
        this.table = table;
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    static Table assemble(String name, Table.Builder builder, TableConventions conventions, List<TableElement> elements) {
        return new TableAssembly(name, conventions).build(builder, elements);
    }

    static <T> T required(T value, String what) {
        return Objects.requireNonNull(value, what);
    }

    private Table build(Table.Builder builder, List<TableElement> elements) {
        for (TableElement e : elements) {
            Objects.requireNonNull(e, () -> "table " + table + " has a null element");
            if (e instanceof ColumnDef c && !columns.add(c.column().name()) && conventions.strict()) {
                throw fail("declares column " + c.column().name() + " twice");
            }
        }
        PrimaryKey primaryKey = primaryKey(elements);
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c) {
                Column column = c.column();
                boolean keyed = conventions.strict() && primaryKey != null && primaryKey.columns().contains(column.name());
                builder.column(keyed ? column.notNull() : column);
            }
        }
        builder.primaryKey(primaryKey);
        for (TableElement e : elements) {
            add(builder, e);
        }
        return builder.build();
    }

    private void add(Table.Builder builder, TableElement e) {
        if (e instanceof ColumnDef c) {
            columnConstraints(builder, c);
        } else if (e instanceof UniqueDef u) {
            builder.unique(new UniqueConstraint(u.name() != null ? u.name() : conventions.unique(table, u.columns()),
                    known("unique constraint", u.columns())));
        } else if (e instanceof IndexDef i) {
            String name = i.name() != null ? i.name() : conventions.index(table, i.columns());
            if (name == null) {
                throw fail("has an index on " + i.columns() + " without a name; name it, as in index(\"ix_" + table
                        + "_" + String.join("_", i.columns()) + "\", ...) or column(...).index(name)");
            }
            if (!i.columns().isEmpty() || i.expressions().isEmpty()) {
                known("index", i.columns());
            }
            builder.index(i.index(name));
        } else if (e instanceof ForeignKeyDef f) {
            if (f.referencedTable() == null) {
                throw fail("foreignKey" + f.columns() + " has no references(table, columns...)");
            }
            builder.foreignKey(foreignKey(f));
        } else if (e instanceof CheckDef k) {
            builder.check(new CheckConstraint(conventions.check(table, k.name()), k.expression()));
        } else if (e instanceof TableOption o) {
            if (o.schema() != null) {
                builder.schema(o.schema());
            }
            if (o.comment() != null) {
                builder.comment(o.comment());
            }
        }
    }

    private PrimaryKey primaryKey(List<TableElement> elements) {
        List<String> onColumns = new ArrayList<>();
        PrimaryKeyDef declared = null;
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c && c.inPrimaryKey()) {
                onColumns.add(c.column().name());
            } else if (e instanceof PrimaryKeyDef p) {
                if (declared != null) {
                    throw fail("has two primaryKey(...) parts; list every key column in one");
                }
                declared = p;
            }
        }
        if (declared != null && !onColumns.isEmpty()) {
            throw fail("has a primary key both on columns " + onColumns + " and as primaryKey" + declared.columns()
                    + "; keep one");
        }
        if (declared != null) {
            String name = declared.name() != null ? declared.name() : conventions.primaryKey(table);
            return new PrimaryKey(name, known("primary key", declared.columns()));
        }
        return onColumns.isEmpty() ? null : new PrimaryKey(conventions.primaryKey(table), onColumns);
    }

    private void columnConstraints(Table.Builder builder, ColumnDef c) {
        if (c.uniqueDef() != null) {
            add(builder, c.uniqueDef());
        }
        if (c.indexDef() != null) {
            add(builder, c.indexDef());
        }
        if (c.foreignKeyDef() == null) {
            return;
        }
        if (c.foreignKeyDef().referencedTable() == null) {
            throw fail("column " + c.column().name() + " sets a foreign key option without references(table, column)");
        }
        builder.foreignKey(foreignKey(c.foreignKeyDef()));
    }

    private ForeignKey foreignKey(ForeignKeyDef f) {
        if (conventions.strict() && f.referencedColumns().size() != f.columns().size()) {
            throw fail("foreignKey" + f.columns() + " references " + f.referencedColumns().size() + " columns of "
                    + f.referencedTable() + "; give one per column");
        }
        String name = f.name() != null ? f.name() : conventions.foreignKey(table, f.columns(), f.referencedTable());
        known("foreign key", f.columns());
        return f.foreignKey(name);
    }

    private List<String> known(String what, List<String> names) {
        if (!conventions.strict()) {
            return names;
        }
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
