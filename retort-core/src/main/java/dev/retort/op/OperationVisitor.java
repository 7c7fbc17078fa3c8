package dev.retort.op;

/** One method per kind of {@link Operation}; implementing it is checked for coverage by the compiler. */
public interface OperationVisitor<R> {
    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R renameTable(RenameTable op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R alterColumn(AlterColumn op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R createPrimaryKey(CreatePrimaryKey op);

    R createUniqueConstraint(CreateUniqueConstraint op);

    R createForeignKey(CreateForeignKey op);

    R createCheckConstraint(CreateCheckConstraint op);

    R dropConstraint(DropConstraint op);

    R createTableComment(CreateTableComment op);

    R dropTableComment(DropTableComment op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R alterSequence(AlterSequence op);

    R execute(Execute op);

    R bulkInsert(BulkInsert op);

    R batch(Batch op);
}
