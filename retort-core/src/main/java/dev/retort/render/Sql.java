package dev.retort.render;

import java.util.List;

/**
 * One rendered step, for the sinks: a statement (with no parameters, or one row of them), an INSERT of many
 * rows ({@code text} up to {@code VALUES}, then a {@code tuple} of placeholders per row), or a check to run online.
 */
record Sql(String text, String tuple, List<List<Object>> rows, Runnable check) {
    static Sql statement(String text) {
        return new Sql(text, null, List.of(), null);
    }

    static Sql bound(String text, List<Object> parameters) {
        return new Sql(text, null, parameters.isEmpty() ? List.of() : List.of(parameters), null);
    }

    static Sql insert(String head, String tuple, List<List<Object>> rows) {
        return new Sql(head, tuple, rows, null);
    }

    static Sql check(Runnable check) {
        return new Sql(null, null, List.of(), check);
    }

    boolean isInsert() {
        return tuple != null;
    }

    boolean isCheck() {
        return check != null;
    }
}
