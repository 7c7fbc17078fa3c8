package dev.retort.op;

import dev.retort.render.OperationSink;
import java.util.Optional;

/**
 * One change a migration asks for, as an immutable value: what the {@link dev.retort.Op} calls build and hand
 * to an {@code OperationSink}. Each kind is a record, and each knows its {@link #reverse()} where it can be
 * known, so a downgrade can be derived from an upgrade.
 *
 * <pre>{@code
 * Operation add = new AddColumn(null, "users", Column.of("phone", ColumnType.varchar(20)));
 * add.reverse();   // Optional[DropColumn[schema=null, table=users, column=phone, definition=...]]
 * }</pre>
 */
public sealed interface Operation permits AddColumn, AlterColumn, AlterSequence, Batch, BulkInsert, CreateCheckConstraint,
        CreateForeignKey, CreateIndex, CreatePrimaryKey, CreateSequence, CreateTable, CreateTableComment, CreateUniqueConstraint,
        DropColumn, DropConstraint, DropIndex, DropSequence, DropTable, DropTableComment, Execute, RenameTable {
    /** The operation that undoes this one, when it can be known; raw SQL has none. */
    Optional<Operation> reverse();

    /** Calls the visitor's method for this kind of operation: the one place operations are told apart. */
    <R> R accept(OperationVisitor<R> visitor);
}
