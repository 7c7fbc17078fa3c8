package dev.retort.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param serverDefault the default as an SQL expression ({@code 0}, {@code 'free'}, {@code now()}), or null
 * @param autoIncrement the database generates values (identity, serial, AUTO_INCREMENT)
 * @param comment       the column's comment, or null
 */
public record Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean autoIncrement,
                     String comment) {
    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column with no default, not generated, no comment. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, false, null);
    }

    public Column notNull() {
        return new Column(name, type, false, serverDefault, autoIncrement, comment);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, serverDefault, autoIncrement, comment);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, autoIncrement, comment);
    }

    public Column withType(ColumnType value) {
        return new Column(name, value, nullable, serverDefault, autoIncrement, comment);
    }

    public Column withName(String value) {
        return new Column(value, type, nullable, serverDefault, autoIncrement, comment);
    }

    public Column withAutoIncrement(boolean value) {
        return new Column(name, type, nullable, serverDefault, value, comment);
    }

    public Column withComment(String value) {
        return new Column(name, type, nullable, serverDefault, autoIncrement, value);
    }
}
