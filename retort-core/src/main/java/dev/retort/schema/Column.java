package dev.retort.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param serverDefault the default as an SQL expression ({@code 0}, {@code 'free'}, {@code now()}), or null
 * @param autoIncrement the database generates values (identity, serial, AUTO_INCREMENT)
 * @param comment       the column's comment, or null
 * @param onUpdate      the expression the database sets the column to when its row changes, as MariaDB's and
 *                      H2's {@code ON UPDATE CURRENT_TIMESTAMP}; null for none
 */
public record Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean autoIncrement,
                     String comment, String onUpdate) {
    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, "type");
        onUpdate = onUpdate == null || onUpdate.isBlank() ? null : onUpdate.trim();
    }

    /** A column without {@code ON UPDATE}, as before that was kept. */
    public Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean autoIncrement,
                  String comment) {
        this(name, type, nullable, serverDefault, autoIncrement, comment, null);
    }

    /** A nullable column with no default, not generated, no comment. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, false, null, null);
    }

    public Column notNull() {
        return new Column(name, type, false, serverDefault, autoIncrement, comment, onUpdate);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, serverDefault, autoIncrement, comment, onUpdate);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, autoIncrement, comment, onUpdate);
    }

    public Column withType(ColumnType value) {
        return new Column(name, value, nullable, serverDefault, autoIncrement, comment, onUpdate);
    }

    public Column withName(String value) {
        return new Column(value, type, nullable, serverDefault, autoIncrement, comment, onUpdate);
    }

    public Column withAutoIncrement(boolean value) {
        return new Column(name, type, nullable, serverDefault, value, comment, onUpdate);
    }

    public Column withComment(String value) {
        return new Column(name, type, nullable, serverDefault, autoIncrement, value, onUpdate);
    }

    /** The same column, set to {@code expression} (SQL) whenever its row is updated; null for none. */
    public Column withOnUpdate(String expression) {
        return new Column(name, type, nullable, serverDefault, autoIncrement, comment, expression);
    }
}
