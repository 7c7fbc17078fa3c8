package dev.retort;

import dev.retort.op.ColumnDef;
import dev.retort.op.CreateIndex;
import dev.retort.op.ForeignKeyDef;
import dev.retort.op.TableElement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words of a migration script: portable column types, columns, keys and constraints, for
 * {@code import static dev.retort.Ddl.*;}.
 *
 * <pre>{@code
 * op.createTable("users",
 *         column("id", bigint()).primaryKey().autoIncrement(),
 *         column("email", varchar(255)).notNull(),
 *         column("plan", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
 *         unique("uq_users_email", "email"));
 * }</pre>
 */
public final class Ddl {
    private Ddl() {
    }

    // ---- types

    public static ColumnType smallint() { return ColumnType.smallint(); }
    public static ColumnType integer() { return ColumnType.integer(); }
    public static ColumnType bigint() { return ColumnType.bigint(); }
    public static ColumnType bool() { return ColumnType.bool(); }
    public static ColumnType varchar(int length) { return ColumnType.varchar(length); }
    /** A VARCHAR without a length (PostgreSQL's {@code character varying}). */
    public static ColumnType varchar() {
        return new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, List.of(), null);
    }
    /** A fixed-length {@code CHAR(n)}. */
    public static ColumnType fixedChar(int length) { return ColumnType.fixedChar(length); }
    public static ColumnType text() { return ColumnType.text(); }
    public static ColumnType numeric(int precision, int scale) { return ColumnType.numeric(precision, scale); }
    /** NUMERIC with a precision and no scale given. */
    public static ColumnType numeric(int precision) { return ColumnType.numeric(precision, null); }
    /** NUMERIC without precision: any number of digits. */
    public static ColumnType numeric() { return ColumnType.numeric(null, null); }
    public static ColumnType real() { return ColumnType.real(); }
    public static ColumnType doublePrecision() { return ColumnType.doublePrecision(); }
    public static ColumnType date() { return ColumnType.date(); }
    public static ColumnType time() { return ColumnType.time(false); }
    public static ColumnType timeWithTimeZone() { return ColumnType.time(true); }
    public static ColumnType timestamp() { return ColumnType.timestamp(false); }
    public static ColumnType timestampWithTimeZone() { return ColumnType.timestamp(true); }
    public static ColumnType uuid() { return ColumnType.uuid(); }
    public static ColumnType json() { return ColumnType.json(); }
    public static ColumnType binary() { return ColumnType.binary(); }
    /** Binary data of at most {@code length} bytes. */
    public static ColumnType binary(int length) {
        return new ColumnType(ColumnType.Kind.BINARY, length, null, null, false, null, List.of(), null);
    }

    /** An enum: a named type on PostgreSQL, inline ENUM on MariaDB and H2, a checked VARCHAR on SQLite. */
    public static ColumnType enumOf(String name, String... values) { return ColumnType.enumOf(name, values); }

    /** A database's own type, written as given. */
    public static ColumnType sqlType(String sql) { return ColumnType.other(sql); }

    // ---- table elements

    /** A nullable column; chain {@code notNull()}, {@code primaryKey()}, {@code serverDefault(...)}, ... */
    public static ColumnDef column(String name, ColumnType type) {
        return ColumnDef.of(name, type);
    }

    public static TableElement primaryKey(String name, String... columns) {
        return new TableElement.Constraint(new PrimaryKey(name, List.of(columns)), null, null, null);
    }

    public static TableElement unique(String name, String... columns) {
        return new TableElement.Constraint(null, new UniqueConstraint(name, List.of(columns)), null, null);
    }

    public static TableElement check(String name, String expression) {
        return new TableElement.Constraint(null, null, new CheckConstraint(name, expression), null);
    }

    /** An index created with the table; {@code op.createIndex} has the options (unique, where, expressions). */
    public static TableElement index(String name, String... columns) {
        return new TableElement.Constraint(null, null, null, Index.on(name, columns));
    }

    /**
     * An index created with the table, with {@code op.createIndex}'s options:
     * {@code index("ix_users_lower_email", i -> i.expressions("lower(email)").unique())}.
     */
    public static TableElement index(String name, Consumer<CreateIndex.Builder> options) {
        return new TableElement.Constraint(null, null, null, CreateIndex.of(name, "", options).index());
    }

    /** A foreign key: chain {@code references(table, columns...)}, then {@code onDelete}/{@code onUpdate}. */
    public static ForeignKeyDef foreignKey(String name, String... columns) {
        return new ForeignKeyDef(name, List.of(columns), null, null, List.of(), null, null);
    }

    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

    /**
     * A row for {@code op.bulkInsert}: column names and values in turn, kept in order, nulls allowed.
     * {@code op.bulkInsert("plans", List.of(row("name", "free", "tokens", 2000), row("name", "pro", "tokens", null)))}
     */
    public static Map<String, Object> row(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("row(...) takes column names and values in pairs, got "
                    + columnsAndValues.length + " arguments");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (!(columnsAndValues[i] instanceof String column)) {
                throw new IllegalArgumentException("row(...): argument " + (i + 1) + " must be a column name, got "
                        + columnsAndValues[i]);
            }
            row.put(column, columnsAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(row);
    }

    /** The table {@code elements} describe, for {@code op.createTable(Table)} or {@code op.batch(Table, ...)}. */
    public static Table table(String name, TableElement... elements) {
        return TableElement.table(null, name, null, elements);
    }
}
