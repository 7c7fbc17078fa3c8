package dev.retort.render;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.Batch;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.schema.Column;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies table-scoped operations to a {@link Table} model, for a rebuild: the changed table, and for each of its
 * columns the SQL over the old table that fills it ({@code sources}). Renaming a column renames it in the keys,
 * indexes and CHECKs too; dropping one drops the keys, indexes and CHECKs that use it, as PostgreSQL's
 * {@code DROP COLUMN} does.
 */
final class TableChanges {
    private Table table;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Dialect dialect;

    private TableChanges(Table table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
        for (Column c : table.columns()) {
            sources.put(c.name(), dialect.quote(c.name()));
        }
    }

    /** The result of applying {@code operations} to {@code table}. */
    record Result(Table table, Map<String, String> sources) {
    }

    static Result apply(Table table, List<Operation> operations, Dialect dialect) {
        TableChanges changes = new TableChanges(table, dialect);
        for (Operation o : operations) {
            changes.apply(o);
        }
        return new Result(changes.table, Map.copyOf(changes.sources));
    }

    private Column column(String name) {
        return table.column(name).orElseThrow(() -> new RetortException(ErrorCode.BAD_ARGUMENT,
                "table " + table.name() + " has no column " + name + "; it has " + table.columnNames()));
    }

    private void apply(Operation o) {
        table = o.accept(new Applier());
    }

    // Each table-scoped operation's effect on the model; any other operation cannot be part of a table change.
    private final class Applier implements OperationVisitor<Table> {
        private Table.Builder b() {
            return table.toBuilder();
        }

        private Table refuse(Operation o) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, o.getClass().getSimpleName()
                    + " cannot be part of a change to table " + table.name());
        }

        @Override
        public Table addColumn(AddColumn a) {
            return b().column(a.column()).build();
        }

        @Override
        public Table dropColumn(DropColumn d) {
            column(d.column());
            sources.remove(d.column());
            return TableChanges.dropColumn(table, d.column(), dialect.sqlSyntax());
        }

        @Override
        public Table alterColumn(AlterColumn a) {
            Column before = column(a.column());
            Table changed = b().replaceColumn(a.applyTo(before).withName(before.name())).build();
            if (a.using() != null) {
                sources.put(before.name(), a.using());
            }
            if (a.newName() == null) {
                return changed;
            }
            sources.put(a.newName(), sources.remove(a.column()));
            return renameColumn(changed, a.column(), a.newName(), dialect);
        }

        @Override
        public Table createIndex(CreateIndex i) {
            return b().index(i.index()).build();
        }

        @Override
        public Table dropIndex(DropIndex i) {
            return b().removeConstraint(i.name()).build();
        }

        @Override
        public Table createPrimaryKey(CreatePrimaryKey p) {
            return b().primaryKey(p.key()).build();
        }

        @Override
        public Table createUniqueConstraint(CreateUniqueConstraint u) {
            return b().unique(u.constraint()).build();
        }

        @Override
        public Table createForeignKey(CreateForeignKey f) {
            return b().foreignKey(f.key()).build();
        }

        @Override
        public Table createCheckConstraint(CreateCheckConstraint c) {
            return b().check(c.check()).build();
        }

        @Override
        public Table dropConstraint(DropConstraint d) {
            Table.Builder b = b();
            if (d.kind() == ConstraintKind.PRIMARY_KEY) {
                b.primaryKey((PrimaryKey) null);
            }
            return b.removeConstraint(d.name()).build();
        }

        @Override
        public Table createTableComment(CreateTableComment c) {
            return b().comment(c.comment()).build();
        }

        @Override
        public Table dropTableComment(DropTableComment c) {
            return b().comment(null).build();
        }

        @Override
        public Table createTable(CreateTable o) {
            return refuse(o);
        }

        @Override
        public Table dropTable(DropTable o) {
            return refuse(o);
        }

        @Override
        public Table renameTable(RenameTable o) {
            return refuse(o);
        }

        @Override
        public Table createSequence(CreateSequence o) {
            return refuse(o);
        }

        @Override
        public Table dropSequence(DropSequence o) {
            return refuse(o);
        }

        @Override
        public Table alterSequence(AlterSequence o) {
            return refuse(o);
        }

        @Override
        public Table execute(Execute o) {
            return refuse(o);
        }

        @Override
        public Table bulkInsert(BulkInsert o) {
            return refuse(o);
        }

        @Override
        public Table batch(Batch o) {
            return refuse(o);
        }
    }

    private static Table dropColumn(Table t, String column, SqlSyntax syntax) {
        Table.Builder b = Table.builder(t.name()).schema(t.schema()).comment(t.comment());
        t.columns().stream().filter(c -> !c.name().equals(column)).forEach(b::column);
        if (t.primaryKey() != null && !t.primaryKey().columns().contains(column)) {
            b.primaryKey(t.primaryKey());
        }
        t.uniques().stream().filter(u -> !u.columns().contains(column)).forEach(b::unique);
        t.indexes().stream().filter(i -> !i.columns().contains(column)).forEach(b::index);
        t.foreignKeys().stream().filter(f -> !f.columns().contains(column)).forEach(b::foreignKey);
        t.checks().stream().filter(c -> !CheckColumns.mentions(c, column, syntax)).forEach(b::check);
        return b.build();
    }

    private static Table renameColumn(Table t, String from, String to, Dialect dialect) {
        UnaryOperator<List<String>> r = names -> {
            List<String> out = new ArrayList<>(names);
            out.replaceAll(n -> n.equals(from) ? to : n);
            return out;
        };
        Table.Builder b = Table.builder(t.name()).schema(t.schema()).comment(t.comment());
        t.columns().forEach(c -> b.column(c.name().equals(from) ? c.withName(to) : c));
        if (t.primaryKey() != null) {
            b.primaryKey(new PrimaryKey(t.primaryKey().name(), r.apply(t.primaryKey().columns())));
        }
        t.uniques().forEach(u -> b.unique(new UniqueConstraint(u.name(), r.apply(u.columns()))));
        t.indexes().forEach(i -> b.index(new Index(i.name(), r.apply(i.columns()), i.expressions(), i.unique(), i.where(), i.kind())));
        t.foreignKeys().forEach(f -> b.foreignKey(new ForeignKey(f.name(), r.apply(f.columns()), f.referencedSchema(),
                f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())));
        t.checks().forEach(c -> b.check(CheckColumns.rename(c, from, to, dialect::quote, dialect.sqlSyntax())));
        return b.build();
    }
}
