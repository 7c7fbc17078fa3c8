package dev.retort.model;

/** A CHECK constraint; made by {@link Dsl#check(String, String)}. */
public final class CheckSpec implements TablePart {
    final String name;
    final String expression;

    CheckSpec(String name, String expression) {
        this.name = name;
        this.expression = expression;
    }
}
