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
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.DdlRenderer.Change;
import dev.retort.dialect.DdlRenderer.Support;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LiveSchema;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns each operation into the dialect's statements, the one place both sinks share. Everything an operation
 * needs is rendered before any of it runs, so an operation the database cannot do fails having run nothing.
 * Changes the dialect can only make by rebuilding the table read the table from {@code live} (online), or take
 * it from a {@link Batch}'s definition.
 */
final class OperationRenderer implements OperationVisitor<List<Sql>> {
    private final Dialect dialect;
    private final DdlRenderer ddl;
    private final LiveSchema live;
    private final boolean online;
    // Non-null while a batch asks which changes its operations make: they are collected, not rendered.
    private final Set<Change> collected;

    OperationRenderer(Dialect dialect, LiveSchema live, boolean online) {
        this(dialect, live, online, null);
    }

    private OperationRenderer(Dialect dialect, LiveSchema live, boolean online, Set<Change> collected) {
        this.dialect = dialect;
        this.ddl = dialect.ddl();
        this.live = live;
        this.online = online;
        this.collected = collected;
    }

    List<Sql> render(Operation operation) {
        return operation.accept(this);
    }

    private static List<Sql> statements(List<String> sql) {
        return sql.stream().map(Sql::statement).toList();
    }

    /** {@code AlterColumn} → {@code alterColumn}, the name of the {@code Op} call, for messages. */
    static String callName(Operation operation) {
        String simple = operation.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    // ---- changes made in place, or by a rebuild where the dialect must

    private List<Sql> change(Operation op, String schema, String table, Set<Change> kinds, Supplier<List<String>> inPlace) {
        if (collected != null) {
            collected.addAll(kinds);
            return List.of();
        }
        if (kinds.stream().anyMatch(k -> ddl.support(k) == Support.REBUILD)) {
            return rebuild(callName(op), schema, table, null, List.of(op));
        }
        return statements(inPlace.get());
    }

    private List<Sql> rebuild(String call, String schema, String table, Table definition, List<Operation> ops) {
        Table current = definition;
        if (current == null) {
            if (!online) {
                throw new RetortException(ErrorCode.UNSUPPORTED, call + " on table " + table + " is not supported offline on "
                        + dialect.name() + ": it rebuilds the table, which needs the live table's definition; run online, "
                        + "or use op.batch(definition, b -> ...) with the table as it is");
            }
            current = live.table(schema, table).orElseThrow(() -> new RetortException(ErrorCode.BAD_ARGUMENT,
                    call + ": there is no table " + table + " to change"));
            live.beforeRebuild(schema, table);
        }
        TableChanges.Result changed = TableChanges.apply(current, ops, dialect);
        List<Sql> out = new ArrayList<>(statements(ddl.rebuildTable(current, changed.table(), changed.sources())));
        if (online) {
            out.add(Sql.check(() -> live.afterRebuild(schema, table)));
        }
        return out;
    }

    @Override
    public List<Sql> createTable(CreateTable op) {
        return statements(ddl.createTable(op.table()));
    }

    @Override
    public List<Sql> dropTable(DropTable op) {
        return statements(ddl.dropTable(op.schema(), op.name(), op.definition()));
    }

    @Override
    public List<Sql> renameTable(RenameTable op) {
        return statements(ddl.renameTable(op.schema(), op.from(), op.to()));
    }

    @Override
    public List<Sql> addColumn(AddColumn op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.ADD_COLUMN),
                () -> ddl.addColumn(op.schema(), op.table(), op.column()));
    }

    @Override
    public List<Sql> dropColumn(DropColumn op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.DROP_COLUMN),
                () -> ddl.dropColumn(op.schema(), op.table(), op.column(), op.definition()));
    }

    @Override
    public List<Sql> alterColumn(AlterColumn op) {
        return change(op, op.schema(), op.table(), kinds(op), () -> alterInPlace(op));
    }

    private List<String> alterInPlace(AlterColumn op) {
        String s = op.schema();
        String t = op.table();
        String name = op.column();
        Column current = op.existing();
        boolean restates = op.type() != null || op.nullable() != null || op.changeComment() || op.changeOnUpdate();
        boolean needsCurrent = restates && ddl.alterNeedsCurrentColumn()
                || op.type() != null && ddl.alterTypeNeedsCurrentColumn(op.type());
        if (current == null && online && needsCurrent) {
            current = live.column(s, t, name).orElseThrow(() -> new RetortException(ErrorCode.BAD_ARGUMENT,
                    "alterColumn: table " + t + " has no column " + name));
        }
        List<String> out = new ArrayList<>();
        if (op.type() != null) {
            out.addAll(ddl.alterColumnType(s, t, current, name, op.type(), op.using(), op.changeDefault()));
            current = current == null ? null : current.withType(op.type());
        }
        if (op.nullable() != null) {
            out.addAll(ddl.alterColumnNullable(s, t, current, name, op.nullable()));
            current = current == null ? null : current.withNullable(op.nullable());
        }
        if (op.changeDefault()) {
            out.addAll(ddl.alterColumnDefault(s, t, current, name, op.serverDefault()));
            current = current == null ? null : current.withDefault(op.serverDefault());
        }
        if (op.changeOnUpdate()) {
            out.addAll(ddl.alterColumnOnUpdate(s, t, current, name, op.onUpdate()));
            current = current == null ? null : current.withOnUpdate(op.onUpdate());
        }
        if (op.changeComment()) {
            out.addAll(ddl.alterColumnComment(s, t, current, name, op.comment()));
        }
        if (op.newName() != null) {
            out.addAll(ddl.renameColumn(s, t, name, op.newName()));
        }
        return out;
    }

    @Override
    public List<Sql> createIndex(CreateIndex op) {
        return statements(ddl.createIndex(op.schema(), op.table(), op.index(), op.concurrently()));
    }

    @Override
    public List<Sql> dropIndex(DropIndex op) {
        return statements(ddl.dropIndex(op.schema(), op.table(), op.name(), op.concurrently()));
    }

    @Override
    public List<Sql> createPrimaryKey(CreatePrimaryKey op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.ADD_PRIMARY_KEY),
                () -> ddl.addPrimaryKey(op.schema(), op.table(), op.key()));
    }

    @Override
    public List<Sql> createUniqueConstraint(CreateUniqueConstraint op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.ADD_UNIQUE),
                () -> ddl.addUnique(op.schema(), op.table(), op.constraint()));
    }

    @Override
    public List<Sql> createForeignKey(CreateForeignKey op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.ADD_FOREIGN_KEY),
                () -> ddl.addForeignKey(op.schema(), op.table(), op.key()));
    }

    @Override
    public List<Sql> createCheckConstraint(CreateCheckConstraint op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.ADD_CHECK),
                () -> ddl.addCheck(op.schema(), op.table(), op.check()));
    }

    @Override
    public List<Sql> dropConstraint(DropConstraint op) {
        return change(op, op.schema(), op.table(), EnumSet.of(Change.DROP_CONSTRAINT),
                () -> ddl.dropConstraint(op.schema(), op.table(), op.name(), op.kind()));
    }

    @Override
    public List<Sql> createTableComment(CreateTableComment op) {
        return statements(ddl.tableComment(op.schema(), op.table(), op.comment()));
    }

    @Override
    public List<Sql> dropTableComment(DropTableComment op) {
        return statements(ddl.tableComment(op.schema(), op.table(), null));
    }

    @Override
    public List<Sql> createSequence(CreateSequence op) {
        return statements(ddl.createSequence(op.sequence()));
    }

    @Override
    public List<Sql> dropSequence(DropSequence op) {
        return statements(ddl.dropSequence(op.schema(), op.name()));
    }

    @Override
    public List<Sql> alterSequence(AlterSequence op) {
        return statements(ddl.alterSequence(op.sequence()));
    }

    @Override
    public List<Sql> execute(Execute op) {
        return List.of(Sql.bound(op.sql(), op.parameters()));
    }

    @Override
    public List<Sql> bulkInsert(BulkInsert op) {
        List<Sql> out = new ArrayList<>();
        for (BulkInsert.Chunk chunk : op.chunks()) {
            String head = "INSERT INTO " + dialect.qualify(op.schema(), op.table()) + " ("
                    + chunk.columns().stream().map(dialect::quote).collect(Collectors.joining(", ")) + ") VALUES ";
            String tuple = "(" + chunk.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            out.add(Sql.insert(head, tuple, chunk.values()));
        }
        return out;
    }

    @Override
    public List<Sql> batch(Batch op) {
        Set<Change> kinds = EnumSet.noneOf(Change.class);
        OperationRenderer collector = new OperationRenderer(dialect, live, online, kinds);
        op.operations().forEach(collector::render);
        if (kinds.stream().anyMatch(k -> ddl.support(k) == Support.REBUILD)) {
            return rebuild("batch", op.schema(), op.table(), op.definition(), op.operations());
        }
        List<Sql> out = new ArrayList<>();
        Table current = op.definition();
        for (Operation o : op.operations()) {
            Operation next = o;
            // The batch's definition, kept up to date, tells each alteration what the column is before it.
            if (current != null && o instanceof AlterColumn a && a.existing() == null) {
                next = a.withExisting(current.column(a.column()).orElse(null));
            }
            out.addAll(render(next));
            current = current == null ? null : TableChanges.apply(current, List.of(o), dialect).table();
        }
        return out;
    }

    private static Set<Change> kinds(AlterColumn a) {
        Set<Change> out = EnumSet.noneOf(Change.class);
        if (a.type() != null) {
            out.add(Change.ALTER_TYPE);
        }
        if (a.nullable() != null) {
            out.add(Change.ALTER_NULLABLE);
        }
        if (a.changeDefault() || a.changeOnUpdate()) {
            out.add(Change.ALTER_DEFAULT);
        }
        if (a.changeComment()) {
            out.add(Change.COLUMN_COMMENT);
        }
        if (a.newName() != null) {
            out.add(Change.RENAME_COLUMN);
        }
        return out;
    }
}
