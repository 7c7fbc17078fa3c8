package dev.retort.autogenerate;

import static dev.retort.autogenerate.SchemaCode.concat;
import static dev.retort.autogenerate.SchemaCode.method;
import static dev.retort.autogenerate.SchemaCode.str;
import static dev.retort.autogenerate.SchemaCode.strs;

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
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import java.util.List;
import java.util.Objects;

/**
 * One change of a batch as a call on its builder ({@code b.dropColumn("legacy")}); null for a change the
 * builder cannot make exactly (another table or schema, or a kind a batch does not take).
 */
final class BatchLinks implements OperationVisitor<Code.Call> {
    private final Batch batch;
    private final OperationCode code;
    private final SchemaCode values;

    BatchLinks(Batch batch, OperationCode code) {
        this.batch = batch;
        this.code = code;
        this.values = code.values();
    }

    private boolean mine(String schema, String table) {
        return Objects.equals(schema, batch.schema()) && table.equals(batch.table());
    }

    @Override
    public Code.Call addColumn(AddColumn o) {
        return mine(o.schema(), o.table()) ? method("addColumn", values.column(o.column(), false)) : null;
    }

    @Override
    public Code.Call dropColumn(DropColumn o) {
        return mine(o.schema(), o.table()) && o.definition() == null ? method("dropColumn", str(o.column())) : null;
    }

    @Override
    public Code.Call alterColumn(AlterColumn o) {
        return mine(o.schema(), o.table()) ? method("alterColumn", str(o.column()), code.alterLambdaInBatch(o)) : null;
    }

    @Override
    public Code.Call createIndex(CreateIndex o) {
        if (!mine(o.schema(), o.table())) {
            return null;
        }
        if (!o.concurrently() && SchemaCode.plain(o.index())) {
            return Code.call("createIndex", concat(List.of(str(o.index().name())), strs(o.index().columns())));
        }
        return method("createIndex", str(o.index().name()), code.indexLambdaInBatch(o));
    }

    @Override
    public Code.Call dropIndex(DropIndex o) {
        return mine(o.schema(), o.table()) && !o.concurrently() && o.definition() == null
                ? method("dropIndex", str(o.name())) : null;
    }

    @Override
    public Code.Call createPrimaryKey(CreatePrimaryKey o) {
        return mine(o.schema(), o.table())
                ? Code.call("createPrimaryKey", concat(List.of(str(o.key().name())), strs(o.key().columns()))) : null;
    }

    @Override
    public Code.Call createUniqueConstraint(CreateUniqueConstraint o) {
        return mine(o.schema(), o.table()) ? Code.call("createUniqueConstraint",
                concat(List.of(str(o.constraint().name())), strs(o.constraint().columns()))) : null;
    }

    @Override
    public Code.Call createForeignKey(CreateForeignKey o) {
        return mine(o.schema(), o.table()) ? method("createForeignKey", values.foreignKey(o.key())) : null;
    }

    @Override
    public Code.Call createCheckConstraint(CreateCheckConstraint o) {
        return mine(o.schema(), o.table())
                ? method("createCheckConstraint", str(o.check().name()), str(o.check().expression())) : null;
    }

    @Override
    public Code.Call dropConstraint(DropConstraint o) {
        if (!mine(o.schema(), o.table()) || o.recreate() != null) {
            return null;
        }
        return o.kind() == null ? method("dropConstraint", str(o.name()))
                : method("dropConstraint", str(o.name()), values.value(o.kind()));
    }

    @Override
    public Code.Call createTable(CreateTable o) {
        return null;
    }

    @Override
    public Code.Call dropTable(DropTable o) {
        return null;
    }

    @Override
    public Code.Call renameTable(RenameTable o) {
        return null;
    }

    @Override
    public Code.Call createTableComment(CreateTableComment o) {
        return null;
    }

    @Override
    public Code.Call dropTableComment(DropTableComment o) {
        return null;
    }

    @Override
    public Code.Call createSequence(CreateSequence o) {
        return null;
    }

    @Override
    public Code.Call dropSequence(DropSequence o) {
        return null;
    }

    @Override
    public Code.Call alterSequence(AlterSequence o) {
        return null;
    }

    @Override
    public Code.Call execute(Execute o) {
        return null;
    }

    @Override
    public Code.Call bulkInsert(BulkInsert o) {
        return null;
    }

    @Override
    public Code.Call batch(Batch o) {
        return null;
    }
}
