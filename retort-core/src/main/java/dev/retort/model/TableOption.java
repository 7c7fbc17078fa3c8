package dev.retort.model;

/** A table's schema or comment; made by {@link Dsl#inSchema(String)} and {@link Dsl#comment(String)}. */
public final class TableOption implements TablePart {
    final String schema;
    final String comment;

    TableOption(String schema, String comment) {
        this.schema = schema;
        this.comment = comment;
    }
}
