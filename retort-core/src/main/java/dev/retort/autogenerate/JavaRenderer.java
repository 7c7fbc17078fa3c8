package dev.retort.autogenerate;

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
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders operations as the body of a Java migration method: one {@code op.*} call per operation, formatted
 * as written by hand (one argument per line when a call is long), with the static factories of
 * {@link dev.retort.Ddl}. Running the rendered code builds the same operations again, apart from what only
 * serves {@link Operation#reverse()} (see {@link #normalize(Operation)}).
 *
 * <pre>{@code
 * JavaRenderer renderer = new JavaRenderer();
 * renderer.render(List.of(new AddColumn(null, "users", Column.of("phone", ColumnType.varchar(20)))), "");
 * // op.addColumn("users", column("phone", varchar(20)));
 * renderer.imports(operations);   // [import static dev.retort.Ddl.*;]
 * }</pre>
 */
public final class JavaRenderer {

    /** Statements for a method body, each line indented by {@code indent}; empty list gives an empty body. */
    public String render(List<Operation> operations, String indent) {
        Set<String> ignored = new TreeSet<>();
        List<String> statements = new ArrayList<>();
        for (Operation o : operations) {
            statements.add(Code.statement(normalize(o).accept(new OperationCode(new SchemaCode(ignored))), indent));
        }
        return String.join("\n", statements);
    }

    /** Each note as {@code // } comment lines, indented by {@code indent}. */
    public String comments(List<String> notes, String indent) {
        List<String> lines = new ArrayList<>();
        for (String note : notes) {
            for (String line : note.split("\r?\n", -1)) {
                lines.add((indent + "// " + line).stripTrailing());
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The imports the rendered code needs (e.g. {@code import static dev.retort.Ddl.*;}), as whole lines: class
     * imports sorted, then static ones.
     */
    public List<String> imports(List<Operation> operations) {
        Set<String> imports = new TreeSet<>();
        for (Operation o : operations) {
            normalize(o).accept(new OperationCode(new SchemaCode(imports)));
        }
        return imports.stream().sorted(Comparator.comparing((String s) -> s.startsWith("import static"))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /**
     * The operation the rendered code builds: {@code o} without what only makes it reversible and no
     * {@code op} call can say: the dropped column's, index's and constraint's definitions, the comment a
     * comment change replaces. A dropped table keeps its definition when it has enum columns, since PostgreSQL
     * drops their types with it.
     */
    public static Operation normalize(Operation o) {
        return o.accept(NORMALIZE);
    }

    private static final OperationVisitor<Operation> NORMALIZE = new OperationVisitor<>() {
        @Override
        public Operation createTable(CreateTable o) {
            return o;
        }

        @Override
        public Operation dropTable(DropTable o) {
            Table t = o.definition();
            boolean enums = t != null && t.columns().stream().map(Column::type)
                    .anyMatch(type -> type.kind() == ColumnType.Kind.ENUM);
            return enums || t == null ? o : new DropTable(o.schema(), o.name(), null);
        }

        @Override
        public Operation renameTable(RenameTable o) {
            return o;
        }

        @Override
        public Operation addColumn(AddColumn o) {
            return o;
        }

        @Override
        public Operation dropColumn(DropColumn o) {
            return new DropColumn(o.schema(), o.table(), o.column(), null);
        }

        @Override
        public Operation alterColumn(AlterColumn o) {
            return o;
        }

        @Override
        public Operation createIndex(CreateIndex o) {
            return o;
        }

        @Override
        public Operation dropIndex(DropIndex o) {
            return new DropIndex(o.schema(), o.table(), o.name(), null, o.concurrently());
        }

        @Override
        public Operation createPrimaryKey(CreatePrimaryKey o) {
            return o;
        }

        @Override
        public Operation createUniqueConstraint(CreateUniqueConstraint o) {
            return o;
        }

        @Override
        public Operation createForeignKey(CreateForeignKey o) {
            return o;
        }

        @Override
        public Operation createCheckConstraint(CreateCheckConstraint o) {
            return o;
        }

        @Override
        public Operation dropConstraint(DropConstraint o) {
            return new DropConstraint(o.schema(), o.table(), o.name(), o.kind(), null);
        }

        @Override
        public Operation createTableComment(CreateTableComment o) {
            return new CreateTableComment(o.schema(), o.table(), o.comment(), null);
        }

        @Override
        public Operation dropTableComment(DropTableComment o) {
            return new DropTableComment(o.schema(), o.table(), null);
        }

        @Override
        public Operation createSequence(CreateSequence o) {
            return o;
        }

        @Override
        public Operation dropSequence(DropSequence o) {
            return new DropSequence(o.schema(), o.name(), null);
        }

        @Override
        public Operation alterSequence(AlterSequence o) {
            return new AlterSequence(o.sequence(), null);
        }

        @Override
        public Operation execute(Execute o) {
            return o;
        }

        @Override
        public Operation bulkInsert(BulkInsert o) {
            return o;
        }

        @Override
        public Operation batch(Batch o) {
            return new Batch(o.schema(), o.table(), o.definition(), o.operations().stream().map(JavaRenderer::normalize).toList());
        }
    };
}
