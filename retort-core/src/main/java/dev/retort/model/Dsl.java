package dev.retort.model;

import dev.retort.op.ForeignKeyDef;
import dev.retort.op.PrimaryKeyDef;
import dev.retort.op.TableDsl;
import dev.retort.op.TableElement;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/**
 * The Java schema DSL: import its members statically and return {@link #schema(Table...)} from a
 * {@link SchemaDefinition}. Its table words are a migration script's ({@link TableDsl}, also imported by
 * {@code import static dev.retort.Ddl.*;}), so a table reads the same in a model and in a migration.
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
public final class Dsl extends TableDsl {
    private Dsl() {
    }

    /** The tables, in the order given. */
    public static Schema schema(Table... tables) {
        return new Schema(List.of(tables));
    }

    public static Schema schema(List<Table> tables) {
        return new Schema(tables);
    }

    /** The table the elements describe, named and checked by {@link NamingConvention}. */
    public static Table table(String name, TableElement... elements) {
        return TableElement.table(null, name, null, NamingConvention.TABLES, elements);
    }

    /** A composite primary key, named {@code pk_<table>} unless {@code .named(...)}. */
    public static PrimaryKeyDef primaryKey(String... columns) {
        return primaryKeyOn(columns);
    }

    /**
     * A foreign key over {@code columns}, named {@code fk_<table>_<columns>_<referenced table>} unless
     * {@code .named(...)}; finish it with {@code .references(table, columns...)}.
     */
    public static ForeignKeyDef foreignKey(String... columns) {
        return foreignKeyOn(columns);
    }
}
