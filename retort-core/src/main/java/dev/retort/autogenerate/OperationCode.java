package dev.retort.autogenerate;

import static dev.retort.autogenerate.Code.atom;
import static dev.retort.autogenerate.Code.call;
import static dev.retort.autogenerate.Code.chain;
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
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Each kind of operation as the {@code op.*} call that builds it. An operation with a schema the call cannot
 * name becomes {@code op.apply(new Kind(...))}, which builds exactly the same value.
 */
final class OperationCode implements OperationVisitor<Code> {
    private final SchemaCode values;

    OperationCode(SchemaCode values) {
        this.values = values;
    }

    private static Code op(String method, List<Code> args) {
        return call("op." + method, args);
    }

    private static Code op(String method, Code... args) {
        return call("op." + method, args);
    }

    private Code exact(Operation o) {
        return op("apply", values.record((Record) o));
    }

    @Override
    public Code createTable(CreateTable o) {
        return op("createTable", values.tableArguments(o.table()));
    }

    @Override
    public Code dropTable(DropTable o) {
        if (o.definition() == null) {
            return o.schema() == null ? op("dropTable", str(o.name())) : exact(o);
        }
        boolean same = Objects.equals(o.schema(), o.definition().schema()) && o.name().equals(o.definition().name());
        return same ? op("dropTable", values.table(o.definition())) : exact(o);
    }

    @Override
    public Code renameTable(RenameTable o) {
        return o.schema() == null ? op("renameTable", str(o.from()), str(o.to())) : exact(o);
    }

    @Override
    public Code addColumn(AddColumn o) {
        return o.schema() == null ? op("addColumn", str(o.table()), values.column(o.column(), false)) : exact(o);
    }

    @Override
    public Code dropColumn(DropColumn o) {
        return o.schema() == null && o.definition() == null ? op("dropColumn", str(o.table()), str(o.column())) : exact(o);
    }

    @Override
    public Code alterColumn(AlterColumn o) {
        return op("alterColumn", str(o.table()), str(o.column()), alterLambda(o, true));
    }

    private Code alterLambda(AlterColumn o, boolean withSchema) {
        List<Code.Call> links = new ArrayList<>();
        if (o.type() != null) {
            links.add(o.using() == null ? method("type", values.type(o.type()))
                    : method("type", values.type(o.type()), str(o.using())));
        }
        if (o.nullable() != null) {
            links.add(method("nullable", atom(o.nullable().toString())));
        }
        if (o.changeDefault()) {
            links.add(o.serverDefault() == null ? method("dropDefault") : method("serverDefault", str(o.serverDefault())));
        }
        if (o.changeOnUpdate()) {
            links.add(o.onUpdate() == null ? method("dropOnUpdateSet") : method("onUpdateSet", str(o.onUpdate())));
        }
        if (o.newName() != null) {
            links.add(method("rename", str(o.newName())));
        }
        if (o.changeComment()) {
            links.add(method("comment", str(o.comment())));
        }
        if (o.existing() != null) {
            links.add(method("existing", values.column(o.existing(), false)));
        }
        if (withSchema && o.schema() != null) {
            links.add(method("schema", str(o.schema())));
        }
        return new Code.Lambda("a", links.isEmpty() ? null : chain(atom("a"), links));
    }

    @Override
    public Code createIndex(CreateIndex o) {
        if (o.schema() == null && !o.concurrently() && SchemaCode.plain(o.index())) {
            return op("createIndex", concat(List.of(str(o.index().name()), str(o.table())), strs(o.index().columns())));
        }
        return op("createIndex", str(o.index().name()), str(o.table()), indexLambda(o, true));
    }

    private Code indexLambda(CreateIndex o, boolean withSchema) {
        return new Code.Lambda("i", chain(atom("i"), values.indexOptions(o.index(), o.concurrently(),
                withSchema ? o.schema() : null)));
    }

    @Override
    public Code dropIndex(DropIndex o) {
        if (o.schema() != null || o.definition() != null) {
            return exact(o);
        }
        return op(o.concurrently() ? "dropIndexConcurrently" : "dropIndex", str(o.name()), str(o.table()));
    }

    @Override
    public Code createPrimaryKey(CreatePrimaryKey o) {
        return o.schema() == null ? op("createPrimaryKey", concat(List.of(str(o.key().name()), str(o.table())),
                strs(o.key().columns()))) : exact(o);
    }

    @Override
    public Code createUniqueConstraint(CreateUniqueConstraint o) {
        return o.schema() == null ? op("createUniqueConstraint", concat(List.of(str(o.constraint().name()),
                str(o.table())), strs(o.constraint().columns()))) : exact(o);
    }

    @Override
    public Code createForeignKey(CreateForeignKey o) {
        return o.schema() == null ? op("createForeignKey", str(o.table()), values.foreignKey(o.key())) : exact(o);
    }

    @Override
    public Code createCheckConstraint(CreateCheckConstraint o) {
        return o.schema() == null ? op("createCheckConstraint", str(o.check().name()), str(o.table()),
                str(o.check().expression())) : exact(o);
    }

    @Override
    public Code dropConstraint(DropConstraint o) {
        if (o.schema() != null || o.recreate() != null) {
            return exact(o);
        }
        return o.kind() == null ? op("dropConstraint", str(o.name()), str(o.table()))
                : op("dropConstraint", str(o.name()), str(o.table()), values.value(o.kind()));
    }

    @Override
    public Code createTableComment(CreateTableComment o) {
        return o.schema() == null && o.previous() == null
                ? op("createTableComment", str(o.table()), str(o.comment())) : exact(o);
    }

    @Override
    public Code dropTableComment(DropTableComment o) {
        return o.schema() == null && o.previous() == null ? op("dropTableComment", str(o.table())) : exact(o);
    }

    @Override
    public Code createSequence(CreateSequence o) {
        return o.sequence().schema() == null ? op("createSequence", str(o.sequence().name()), sequenceLambda(o.sequence())) : exact(o);
    }

    @Override
    public Code dropSequence(DropSequence o) {
        return o.schema() == null && o.definition() == null ? op("dropSequence", str(o.name())) : exact(o);
    }

    @Override
    public Code alterSequence(AlterSequence o) {
        return o.sequence().schema() == null && o.previous() == null
                ? op("alterSequence", str(o.sequence().name()), sequenceLambda(o.sequence())) : exact(o);
    }

    private static Code sequenceLambda(Sequence s) {
        return new Code.Lambda("s", chain(atom("s"), List.of(method("start", atom(Long.toString(s.start()))),
                method("increment", atom(Long.toString(s.increment()))))));
    }

    @Override
    public Code execute(Execute o) {
        List<Code> args = new ArrayList<>();
        args.add(str(o.sql()));
        if (o.parameters().size() == 1 && o.parameters().get(0) == null) {
            args.add(atom("(Object) null"));
        } else {
            o.parameters().forEach(p -> args.add(values.value(p)));
        }
        return op("execute", args);
    }

    @Override
    public Code bulkInsert(BulkInsert o) {
        if (o.schema() != null) {
            return exact(o);
        }
        return op("bulkInsert", str(o.table()), values.list(o.rows()));
    }

    @Override
    public Code batch(Batch o) {
        boolean named = o.definition() == null ? o.schema() == null
                : Objects.equals(o.schema(), o.definition().schema()) && o.table().equals(o.definition().name());
        List<Code.Call> links = new ArrayList<>();
        for (Operation inner : o.operations()) {
            Code.Call link = named ? batchLink(o, inner) : null;
            if (link == null) {
                return exact(o);
            }
            links.add(link);
        }
        Code target = o.definition() == null ? str(o.table()) : values.table(o.definition());
        return op("batch", target, new Code.Lambda("b", links.isEmpty() ? null : chain(atom("b"), links)));
    }

    /** The {@code b.*} call for one change of a batch, or null when the batch's builder cannot make it exactly. */
    private Code.Call batchLink(Batch batch, Operation inner) {
        return inner.accept(new BatchLinks(batch, this));
    }

    Code alterLambdaInBatch(AlterColumn o) {
        return alterLambda(o, false);
    }

    Code indexLambdaInBatch(CreateIndex o) {
        return indexLambda(o, false);
    }

    SchemaCode values() {
        return values;
    }
}
