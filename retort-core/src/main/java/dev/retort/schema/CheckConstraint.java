package dev.retort.schema;

import java.util.Objects;

/** A CHECK constraint: {@code expression} is SQL, as written for the database. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }
}
