package dev.retort.model;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * The Java schema DSL: import its members statically and return {@link #schema(Table...)} from a
 * {@link SchemaDefinition}.
 *
 * <pre>{@code
 * import static dev.retort.model.Dsl.*;
 *
 * schema(
 *     table("plans",
 *         column("id", bigint()).primaryKey().autoIncrement(),
 *         column("name", varchar(50)).notNull().unique(),
 *         column("monthly_token_limit", integer()).notNull().serverDefault("2000"),
 *         check("positive_limit", "monthly_token_limit > 0")),
 *     table("users",
 *         column("id", bigint()).primaryKey(),
 *         column("phone", varchar(20)),
 *         column("plan_id", bigint()).notNull().references("plans", "id").onDelete(CASCADE),
 *         index("ix_users_phone", "phone")));
 * }</pre>
 *
 * Constraints and indexes without a name get one from {@link NamingConvention}. Mistakes (a constraint
 * on an unknown column, two primary keys) throw {@link IllegalArgumentException} naming the table.
 */
public final class Dsl {
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    private Dsl() {
    }

    // ---- schema and tables

    /** The tables, in the order given. */
    public static Schema schema(Table... tables) {
        return new Schema(List.of(tables));
    }

    public static Schema schema(List<Table> tables) {
        return new Schema(tables);
    }

    public static Table table(String name, TablePart... parts) {
        return TableAssembler.assemble(name, List.of(parts));
    }

    public static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type);
    }

    /** Puts the table in a schema other than the connection's default. */
    public static TableOption inSchema(String schema) {
        return new TableOption(Objects.requireNonNull(schema, "schema"), null);
    }

    /** The table's comment. */
    public static TableOption comment(String text) {
        return new TableOption(null, Objects.requireNonNull(text, "text"));
    }

    // ---- constraints and indexes

    /** A composite primary key, named {@code pk_<table>}. */
    public static PrimaryKeySpec primaryKey(String... columns) {
        return new PrimaryKeySpec(List.of(columns));
    }

    public static UniqueSpec unique(String name, String... columns) {
        return new UniqueSpec(Objects.requireNonNull(name, "name"), List.of(columns));
    }

    /** A unique constraint named {@code uq_<table>_<columns>}. */
    public static UniqueSpec uniqueOn(String... columns) {
        return new UniqueSpec(null, List.of(columns));
    }

    public static IndexSpec index(String name, String... columns) {
        return new IndexSpec(Objects.requireNonNull(name, "name"), List.of(columns), false);
    }

    /** An index named {@code ix_<table>_<columns>}. */
    public static IndexSpec indexOn(String... columns) {
        return new IndexSpec(null, List.of(columns), false);
    }

    public static IndexSpec uniqueIndex(String name, String... columns) {
        return new IndexSpec(Objects.requireNonNull(name, "name"), List.of(columns), true);
    }

    /** A foreign key over {@code columns}; finish it with {@code .references(table, columns...)}. */
    public static ForeignKeySpec foreignKey(String... columns) {
        return new ForeignKeySpec(List.of(columns));
    }

    /**
     * A CHECK constraint named {@code ck_<table>_<name>}.
     *
     * @param expression SQL, as written for the database
     */
    public static CheckSpec check(String name, String expression) {
        return new CheckSpec(Objects.requireNonNull(name, "name"), Objects.requireNonNull(expression, "expression"));
    }

    // ---- types

    // The same names and meanings as dev.retort.Ddl's, so a model and a migration script read alike
    // (TypeFactoriesTest keeps the two in step).
    public static ColumnType smallint() { return ColumnType.smallint(); }
    public static ColumnType integer() { return ColumnType.integer(); }
    public static ColumnType bigint() { return ColumnType.bigint(); }
    public static ColumnType bool() { return ColumnType.bool(); }
    public static ColumnType varchar(int length) { return ColumnType.varchar(length); }
    /** A VARCHAR without a length (PostgreSQL's {@code character varying}). */
    public static ColumnType varchar() {
        return new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, java.util.List.of(), null);
    }
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
        return new ColumnType(ColumnType.Kind.BINARY, length, null, null, false, null, java.util.List.of(), null);
    }
    public static ColumnType enumOf(String name, String... values) { return ColumnType.enumOf(name, values); }
    /** A database's own type, written as given, e.g. {@code sqlType("tsvector")}. */
    public static ColumnType sqlType(String sql) { return ColumnType.other(sql); }
}
