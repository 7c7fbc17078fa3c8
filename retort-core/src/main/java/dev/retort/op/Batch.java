package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Several changes to one table made together (Alembic's {@code batch_alter_table}). Where the database
 * changes tables in place they run one by one; where it cannot (SQLite) the table is rebuilt once with all
 * of them. {@code definition}, the table as it is before the batch, lets SQLite render the rebuild offline;
 * online it is read from the database.
 *
 * <pre>{@code
 * op.batch("users", b -> b.dropColumn("legacy").alterColumn("email", a -> a.nullable(false)));
 * }</pre>
 */
public record Batch(String schema, String table, Table definition, List<Operation> operations) implements Operation {
    public Batch {
        Objects.requireNonNull(table, "table");
        operations = List.copyOf(operations);
    }

    /** The reverse of each change, last first, when every change has one. */
    @Override
    public Optional<Operation> reverse() {
        List<Operation> reversed = new ArrayList<>();
        for (Operation o : operations) {
            Optional<Operation> r = o.reverse();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            reversed.add(r.get());
        }
        Collections.reverse(reversed);
        return Optional.of(new Batch(schema, table, null, reversed));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.batch(this);
    }

    /** The changes of {@code op.batch(table, b -> ...)}, each to the batch's table. */
    public static final class Builder {
        private final String schema;
        private final String table;
        private final List<Operation> operations = new ArrayList<>();

        Builder(String schema, String table) {
            this.schema = schema;
            this.table = table;
        }

        public Builder addColumn(ColumnDef column) {
            operations.addAll(column.addColumnOperations(schema, table));
            return this;
        }

        public Builder addColumn(Column column) {
            operations.add(new AddColumn(schema, table, column));
            return this;
        }

        public Builder dropColumn(String column) {
            operations.add(new DropColumn(schema, table, column, null));
            return this;
        }

        public Builder alterColumn(String column, Consumer<AlterColumn.Builder> change) {
            AlterColumn.Builder b = new AlterColumn.Builder();
            change.accept(b);
            operations.add(b.schema(schema).build(table, column));
            return this;
        }

        public Builder alterColumnType(String column, ColumnType type) {
            return alterColumn(column, a -> a.type(type));
        }

        public Builder createIndex(String name, String... columns) {
            operations.add(new CreateIndex(schema, table, Index.on(name, columns), false));
            return this;
        }

        public Builder createIndex(String name, Consumer<CreateIndex.Builder> options) {
            CreateIndex.Builder b = new CreateIndex.Builder();
            options.accept(b);
            operations.add(b.schema(schema).build(name, table));
            return this;
        }

        public Builder dropIndex(String name) {
            operations.add(new DropIndex(schema, table, name, null, false));
            return this;
        }

        public Builder createPrimaryKey(String name, String... columns) {
            operations.add(new CreatePrimaryKey(schema, table, new PrimaryKey(name, List.of(columns))));
            return this;
        }

        public Builder createUniqueConstraint(String name, String... columns) {
            operations.add(new CreateUniqueConstraint(schema, table, new UniqueConstraint(name, List.of(columns))));
            return this;
        }

        public Builder createForeignKey(ForeignKeyDef key) {
            operations.add(new CreateForeignKey(schema, table, key.foreignKey()));
            return this;
        }

        public Builder createForeignKey(ForeignKey key) {
            operations.add(new CreateForeignKey(schema, table, key));
            return this;
        }

        public Builder createCheckConstraint(String name, String expression) {
            operations.add(new CreateCheckConstraint(schema, table, new CheckConstraint(name, expression)));
            return this;
        }

        public Builder dropConstraint(String name) {
            return dropConstraint(name, null);
        }

        public Builder dropConstraint(String name, ConstraintKind kind) {
            operations.add(new DropConstraint(schema, table, name, kind, null));
            return this;
        }

        Batch build(Table definition) {
            return new Batch(schema, table, definition, operations);
        }
    }

    /** Collects the changes {@code body} makes into a batch on {@code table}. */
    public static Batch of(String schema, String table, Table definition, Consumer<Builder> body) {
        Builder b = new Builder(schema, table);
        body.accept(b);
        return b.build(definition);
    }
}
