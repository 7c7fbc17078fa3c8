package dev.retort.op;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ReferentialAction;
import java.util.List;
import java.util.function.Consumer;

/**
 * The table words a migration script and a model share: column types, columns, keys, constraints, indexes and
 * table options. Import them through {@code import static dev.retort.Ddl.*;} in a script or
 * {@code import static dev.retort.model.Dsl.*;} in a model, which inherit these and add their own
 * ({@code op.createTable}'s {@code table(...)}, a model's {@code schema(...)}); a table reads the same in both.
 *
 * <pre>{@code
 * column("id", bigint()).primaryKey().autoIncrement(),
 * column("owner_id", bigint()).notNull().references("owners", "id").onDelete(CASCADE),
 * unique("uq_pets_name", "owner_id", "name"),
 * index("ix_pets_name", "name"),
 * check("ck_pets_age", "age >= 0")
 * }</pre>
 *
 * What an element leaves unnamed, a model names by its naming convention ({@code pk_<table>},
 * {@code uq_<table>_<columns>}, ...) and a script leaves to the database (an index must be named in a script).
 */
public abstract class TableDsl {
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    /** For {@code dev.retort.Ddl} and {@code dev.retort.model.Dsl}, which only add static words. */
    protected TableDsl() {
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
    /** NUMERIC without precision: as many digits as the database allows. */
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

    /** A database's own type, written as given, e.g. {@code sqlType("tsvector")}. */
    public static ColumnType sqlType(String sql) { return ColumnType.other(sql); }

    // ---- columns, constraints, indexes

    /** A nullable column; chain {@code notNull()}, {@code primaryKey()}, {@code references(...)}, ... */
    public static ColumnDef column(String name, ColumnType type) {
        return ColumnDef.of(TableAssembly.required(name, "name"), TableAssembly.required(type, "type"));
    }

    /** A primary key over {@code columns}, unnamed until {@code .named(...)}. */
    public static PrimaryKeyDef primaryKeyOn(String... columns) {
        return new PrimaryKeyDef(null, List.of(columns));
    }

    public static UniqueDef unique(String name, String... columns) {
        return new UniqueDef(name, List.of(columns));
    }

    /** A unique constraint named {@code uq_<table>_<columns>} in a model, by the database in a script. */
    public static UniqueDef uniqueOn(String... columns) {
        return new UniqueDef(null, List.of(columns));
    }

    public static IndexDef index(String name, String... columns) {
        return new IndexDef(TableAssembly.required(name, "name"), List.of(columns), List.of(), false, null);
    }

    /**
     * An index with {@code op.createIndex}'s options:
     * {@code index("ix_users_lower_email", i -> i.expressions("lower(email)").unique())}.
     */
    public static IndexDef index(String name, Consumer<CreateIndex.Builder> options) {
        return IndexDef.of(CreateIndex.of(name, "", options).index());
    }

    /** An index named {@code ix_<table>_<columns>} in a model; a script must name it. */
    public static IndexDef indexOn(String... columns) {
        return new IndexDef(null, List.of(columns), List.of(), false, null);
    }

    public static IndexDef uniqueIndex(String name, String... columns) {
        return index(name, columns).unique();
    }

    /** A foreign key over {@code columns}: chain {@code references(table, columns...)}, then the options. */
    public static ForeignKeyDef foreignKeyOn(String... columns) {
        return new ForeignKeyDef(null, List.of(columns), null, null, List.of(), null, null);
    }

    /**
     * A CHECK constraint: named {@code ck_<table>_<name>} in a model (unless {@code name} already starts so), as
     * written in a script.
     *
     * @param expression SQL, as written for the database
     */
    public static CheckDef check(String name, String expression) {
        return new CheckDef(name, expression);
    }

    // ---- table options

    /** Puts the table in a schema other than the connection's default. */
    public static TableOption inSchema(String schema) {
        return new TableOption(TableAssembly.required(schema, "schema"), null);
    }

    /** The table's comment. */
    public static TableOption comment(String text) {
        return new TableOption(null, TableAssembly.required(text, "text"));
    }
}
