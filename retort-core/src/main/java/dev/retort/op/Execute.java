package dev.retort.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement, with values for its {@code ?} placeholders (nulls allowed).
 *
 * <pre>{@code
 * new Execute("INSERT INTO users (name) VALUES (?)", List.of("alice"))
 * }</pre>
 */
public record Execute(String sql, List<Object> parameters) implements Operation {
    public Execute {
        Objects.requireNonNull(sql, "sql");
        // Not List.copyOf: a parameter may be null, to bind SQL NULL.
        parameters = parameters == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** A statement without parameters. */
    public static Execute of(String sql) {
        return new Execute(sql, List.of());
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.execute(this);
    }
}
