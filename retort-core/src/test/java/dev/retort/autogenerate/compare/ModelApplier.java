package dev.retort.autogenerate.compare;

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
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applies operations to a schema model, as a database would, for testing diffs without one; and puts a schema
 * in a canonical order (tables, columns and parts sorted by name) so that models built in different orders compare.
 */
final class ModelApplier implements OperationVisitor<Void> {
    private final Map<String, Table> tables = new TreeMap<>();
    private final Map<String, Sequence> sequences = new TreeMap<>();

    private ModelApplier(Schema start) {
        start.tables().forEach(t -> tables.put(t.name(), t));
        start.sequences().forEach(s -> sequences.put(s.name(), s));
    }

    static Schema apply(Schema start, List<Operation> operations) {
        ModelApplier a = new ModelApplier(start);
        operations.forEach(o -> o.accept(a));
        return new Schema(List.copyOf(a.tables.values()), List.copyOf(a.sequences.values()));
    }

    static Schema canonical(Schema s) {
        List<Table> out = new ArrayList<>();
        for (Table t : s.tables()) {
            Table.Builder b = Table.builder(t.name()).schema(t.schema()).comment(t.comment()).primaryKey(t.primaryKey());
            sorted(t.columns(), Column::name).forEach(b::column);
            sorted(t.uniques(), UniqueConstraint::name).forEach(b::unique);
            sorted(t.indexes(), Index::name).forEach(b::index);
            sorted(t.foreignKeys(), ForeignKey::name).forEach(b::foreignKey);
            sorted(t.checks(), CheckConstraint::name).forEach(b::check);
            out.add(b.build());
        }
        out.sort(Comparator.comparing(Table::name));
        return new Schema(out, sorted(s.sequences(), Sequence::name));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())));
        return copy;
    }

    private Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new AssertionError("no table " + name);
        }
        return t;
    }

    private Void put(Table t) {
        tables.put(t.name(), t);
        return null;
    }

    @Override
    public Void createTable(CreateTable op) {
        if (tables.containsKey(op.table().name())) {
            throw new AssertionError("table " + op.table().name() + " exists");
        }
        return put(op.table());
    }

    @Override
    public Void dropTable(DropTable op) {
        table(op.name());
        tables.remove(op.name());
        return null;
    }

    @Override
    public Void addColumn(AddColumn op) {
        return put(table(op.table()).toBuilder().column(op.column()).build());
    }

    @Override
    public Void dropColumn(DropColumn op) {
        Table t = table(op.table());
        if (t.column(op.column()).isEmpty()) {
            throw new AssertionError("no column " + op.column());
        }
        return put(t.toBuilder().removeColumn(op.column()).build());
    }

    @Override
    public Void alterColumn(AlterColumn op) {
        Table t = table(op.table());
        Column before = t.column(op.column()).orElseThrow();
        return put(t.toBuilder().replaceColumn(op.applyTo(before).withName(before.name())).build());
    }

    @Override
    public Void createIndex(CreateIndex op) {
        return put(table(op.table()).toBuilder().index(op.index()).build());
    }

    @Override
    public Void dropIndex(DropIndex op) {
        return put(table(op.table()).toBuilder().removeConstraint(op.name()).build());
    }

    @Override
    public Void createPrimaryKey(CreatePrimaryKey op) {
        return put(table(op.table()).toBuilder().primaryKey(op.key()).build());
    }

    @Override
    public Void createUniqueConstraint(CreateUniqueConstraint op) {
        return put(table(op.table()).toBuilder().unique(op.constraint()).build());
    }

    @Override
    public Void createForeignKey(CreateForeignKey op) {
        table(op.key().referencedTable());
        return put(table(op.table()).toBuilder().foreignKey(op.key()).build());
    }

    @Override
    public Void createCheckConstraint(CreateCheckConstraint op) {
        return put(table(op.table()).toBuilder().check(op.check()).build());
    }

    @Override
    public Void dropConstraint(DropConstraint op) {
        Table.Builder b = table(op.table()).toBuilder();
        if (op.kind() == ConstraintKind.PRIMARY_KEY) {
            b.primaryKey((PrimaryKey) null);
        }
        return put(b.removeConstraint(op.name()).build());
    }

    @Override
    public Void createTableComment(CreateTableComment op) {
        return put(table(op.table()).toBuilder().comment(op.comment()).build());
    }

    @Override
    public Void dropTableComment(DropTableComment op) {
        return put(table(op.table()).toBuilder().comment(null).build());
    }

    @Override
    public Void renameTable(RenameTable op) {
        throw new AssertionError("unexpected " + op);
    }

    @Override
    public Void createSequence(CreateSequence op) {
        sequences.put(op.sequence().name(), op.sequence());
        return null;
    }

    @Override
    public Void dropSequence(DropSequence op) {
        sequences.remove(op.name());
        return null;
    }

    @Override
    public Void alterSequence(AlterSequence op) {
        sequences.put(op.sequence().name(), op.sequence());
        return null;
    }

    @Override
    public Void execute(Execute op) {
        throw new AssertionError("unexpected " + op);
    }

    @Override
    public Void bulkInsert(BulkInsert op) {
        throw new AssertionError("unexpected " + op);
    }

    @Override
    public Void batch(Batch op) {
        throw new AssertionError("unexpected " + op);
    }
}
