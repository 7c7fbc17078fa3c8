package dev.retort.op;

import java.util.Objects;
import java.util.Optional;

/** Removes a table's comment; reversible when the comment is known ({@code previous}). */
public record DropTableComment(String schema, String table, String previous) implements Operation {
    public DropTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(previous).map(p -> new CreateTableComment(schema, table, p, null));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTableComment(this);
    }
}
