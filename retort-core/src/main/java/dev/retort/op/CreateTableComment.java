package dev.retort.op;

import java.util.Objects;
import java.util.Optional;

/** Sets a table's comment; reversible when the comment it replaces is known ({@code previous}, null for none). */
public record CreateTableComment(String schema, String table, String comment, String previous) implements Operation {
    public CreateTableComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(previous == null ? new DropTableComment(schema, table, comment)
                : new CreateTableComment(schema, table, previous, comment));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTableComment(this);
    }
}
