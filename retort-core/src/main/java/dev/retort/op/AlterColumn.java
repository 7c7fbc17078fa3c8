package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a column: its type (with an optional {@code USING} expression converting the values, PostgreSQL; on
 * SQLite the expression feeds the rebuild's copy), nullability, server default, {@code ON UPDATE}, name or comment. A null field
 * leaves that aspect alone; {@code changeDefault}/{@code changeComment} with a null value drop the default or
 * comment.
 *
 * <p>{@code existing}, the column before the change, makes the change reversible and lets MariaDB restate the
 * column offline (online it is read from the database).
 *
 * <pre>{@code
 * op.alterColumn("users", "email", a -> a.type(varchar(320)).nullable(false).rename("email_address"));
 * }</pre>
 */
public record AlterColumn(String schema, String table, String column, ColumnType type, String using, Boolean nullable,
                          boolean changeDefault, String serverDefault, String newName, boolean changeComment,
                          String comment, Column existing, boolean changeOnUpdate, String onUpdate)
        implements Operation {
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (using != null && type == null) {
            throw new IllegalArgumentException("alterColumn " + table + "." + column + ": a USING expression needs a new type");
        }
    }

    /** A change leaving the column's {@code ON UPDATE} alone, as before that was kept. */
    public AlterColumn(String schema, String table, String column, ColumnType type, String using, Boolean nullable,
                       boolean changeDefault, String serverDefault, String newName, boolean changeComment,
                       String comment, Column existing) {
        this(schema, table, column, type, using, nullable, changeDefault, serverDefault, newName, changeComment,
                comment, existing, false, null);
    }

    /** The column as this change leaves it. */
    public Column applyTo(Column c) {
        Column out = c;
        if (type != null) {
            out = out.withType(type);
        }
        if (nullable != null) {
            out = out.withNullable(nullable);
        }
        if (changeDefault) {
            out = out.withDefault(serverDefault);
        }
        if (changeComment) {
            out = out.withComment(comment);
        }
        if (changeOnUpdate) {
            out = out.withOnUpdate(onUpdate);
        }
        if (newName != null) {
            out = out.withName(newName);
        }
        return out;
    }

    /** The same change, knowing the column's current definition. */
    public AlterColumn withExisting(Column value) {
        return new AlterColumn(schema, table, column, type, using, nullable, changeDefault, serverDefault, newName,
                changeComment, comment, value, changeOnUpdate, onUpdate);
    }

    /** The same change, converting the values with {@code expression} (null: the database's own conversion). */
    public AlterColumn withUsing(String expression) {
        return new AlterColumn(schema, table, column, type, expression, nullable, changeDefault, serverDefault, newName,
                changeComment, comment, existing, changeOnUpdate, onUpdate);
    }

    @Override
    public Optional<Operation> reverse() {
        boolean needsExisting = type != null || nullable != null || changeDefault || changeComment || changeOnUpdate;
        if (needsExisting && existing == null) {
            return Optional.empty();
        }
        Column old = existing;
        return Optional.of(new AlterColumn(schema, table, newName != null ? newName : column,
                type != null ? old.type() : null, null,
                nullable != null ? old.nullable() : null,
                changeDefault, changeDefault ? old.serverDefault() : null,
                newName != null ? column : null,
                changeComment, changeComment ? old.comment() : null,
                old == null ? null : applyTo(old), changeOnUpdate, changeOnUpdate ? old.onUpdate() : null));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    /** The change {@code change} describes, to {@code table.column}. */
    public static AlterColumn of(String table, String column, java.util.function.Consumer<Builder> change) {
        Builder b = new Builder();
        change.accept(b);
        return b.build(table, column);
    }

    /** The options of {@code op.alterColumn(table, column, a -> ...)}. */
    public static final class Builder {
        private ColumnType type;
        private String using;
        private Boolean nullable;
        private boolean changeDefault;
        private String serverDefault;
        private String newName;
        private boolean changeComment;
        private String comment;
        private boolean changeOnUpdate;
        private String onUpdate;
        private Column existing;
        private String schema;

        Builder() {
        }

        public Builder type(ColumnType value) {
            type = Objects.requireNonNull(value, "type");
            return this;
        }

        /** A new type, with an SQL expression computing the new values from the old ones. */
        public Builder type(ColumnType value, String usingExpression) {
            type = Objects.requireNonNull(value, "type");
            using = usingExpression;
            return this;
        }

        public Builder nullable(boolean value) {
            nullable = value;
            return this;
        }

        /** A new server default, as SQL ({@code 0}, {@code 'free'}, {@code now()}); null drops it. */
        public Builder serverDefault(String expression) {
            changeDefault = true;
            serverDefault = expression;
            return this;
        }

        public Builder dropDefault() {
            return serverDefault(null);
        }

        public Builder rename(String name) {
            newName = name;
            return this;
        }

        /** A new comment; null drops it. */
        public Builder comment(String value) {
            changeComment = true;
            comment = value;
            return this;
        }

        /** A new {@code ON UPDATE} expression, such as {@code CURRENT_TIMESTAMP} (MariaDB, H2); null drops it. */
        public Builder onUpdateSet(String expression) {
            changeOnUpdate = true;
            onUpdate = expression;
            return this;
        }

        public Builder dropOnUpdateSet() {
            return onUpdateSet(null);
        }

        /** The column as it is before this change: makes the change reversible, and lets MariaDB render it offline. */
        public Builder existing(Column value) {
            existing = value;
            return this;
        }

        /** The column as it is before this change, declared as in {@code createTable}: {@code column("email", varchar(255)).notNull()}. */
        public Builder existing(ColumnDef value) {
            existing = value.column();
            return this;
        }

        public Builder schema(String name) {
            schema = name;
            return this;
        }

        AlterColumn build(String table, String column) {
            return new AlterColumn(schema, table, column, type, using, nullable, changeDefault, serverDefault, newName,
                    changeComment, comment, existing, changeOnUpdate, onUpdate);
        }
    }
}
