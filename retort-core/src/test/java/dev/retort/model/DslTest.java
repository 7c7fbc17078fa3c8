package dev.retort.model;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class DslTest {

    @Test
    void buildsTheSchemaRecordsWithConventionalNames() {
        Schema schema = schema(
                table("plans",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("name", varchar(50)).notNull().unique(),
                        column("monthly_token_limit", integer()).notNull().serverDefault("2000"),
                        check("positive_limit", "monthly_token_limit > 0"),
                        comment("what a user pays for")),
                table("users",
                        column("id", bigint()).primaryKey(),
                        column("phone", varchar(20)).comment("E.164"),
                        column("plan_id", bigint()).notNull().references("plans", "id").onDelete(CASCADE),
                        column("created_at", timestampWithTimeZone()).notNull().serverDefault("CURRENT_TIMESTAMP").index(),
                        index("ix_users_phone", "phone")));

        Table plans = Table.builder("plans")
                .column(new Column("id", ColumnType.bigint(), false, null, true, null))
                .column(Column.of("name", ColumnType.varchar(50)).notNull())
                .column(Column.of("monthly_token_limit", ColumnType.integer()).notNull().withDefault("2000"))
                .primaryKey(new PrimaryKey("pk_plans", List.of("id")))
                .unique(new UniqueConstraint("uq_plans_name", List.of("name")))
                .check(new CheckConstraint("ck_plans_positive_limit", "monthly_token_limit > 0"))
                .comment("what a user pays for")
                .build();
        Table users = Table.builder("users")
                .column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("phone", ColumnType.varchar(20)).withComment("E.164"))
                .column(Column.of("plan_id", ColumnType.bigint()).notNull())
                .column(Column.of("created_at", ColumnType.timestamp(true)).notNull().withDefault("CURRENT_TIMESTAMP"))
                .primaryKey(new PrimaryKey("pk_users", List.of("id")))
                .foreignKey(new ForeignKey("fk_users_plan_id_plans", List.of("plan_id"), null, "plans", List.of("id"),
                        ReferentialAction.CASCADE, null))
                .index(Index.on("ix_users_created_at", "created_at"))
                .index(Index.on("ix_users_phone", "phone"))
                .build();
        assertEquals(new Schema(List.of(plans, users)), schema);
    }

    @Test
    void tableLevelConstraintsAndCompositeKeys() {
        Table lines = table("order_lines",
                inSchema("shop"),
                column("order_id", bigint()),
                column("line_no", integer()),
                column("sku", varchar(32)).notNull(),
                column("parent_order_id", bigint()),
                column("parent_line_no", integer()),
                primaryKey("order_id", "line_no"),
                uniqueOn("order_id", "sku"),
                unique("uq_lines_sku_line", "sku", "line_no"),
                indexOn("sku").where("sku <> ''"),
                uniqueIndex("ux_lines_sku", "sku"),
                foreignKey("parent_order_id", "parent_line_no").references("order_lines", "order_id", "line_no")
                        .inSchema("shop").onUpdate(RESTRICT).onDelete(SET_NULL),
                foreignKey("order_id").references("orders", "id").named("lines_order"));

        Table expected = Table.builder("order_lines").schema("shop")
                .column(Column.of("order_id", ColumnType.bigint()).notNull())
                .column(Column.of("line_no", ColumnType.integer()).notNull())
                .column(Column.of("sku", ColumnType.varchar(32)).notNull())
                .column(Column.of("parent_order_id", ColumnType.bigint()))
                .column(Column.of("parent_line_no", ColumnType.integer()))
                .primaryKey(new PrimaryKey("pk_order_lines", List.of("order_id", "line_no")))
                .unique(new UniqueConstraint("uq_order_lines_order_id_sku", List.of("order_id", "sku")))
                .unique(new UniqueConstraint("uq_lines_sku_line", List.of("sku", "line_no")))
                .index(new Index("ix_order_lines_sku", List.of("sku"), List.of(), false, "sku <> ''"))
                .index(Index.uniqueOn("ux_lines_sku", "sku"))
                .foreignKey(new ForeignKey("fk_order_lines_parent_order_id_parent_line_no_order_lines",
                        List.of("parent_order_id", "parent_line_no"), "shop", "order_lines", List.of("order_id", "line_no"),
                        ReferentialAction.SET_NULL, ReferentialAction.RESTRICT))
                .foreignKey(ForeignKey.of("lines_order", List.of("order_id"), "orders", List.of("id")))
                .build();
        assertEquals(expected, lines);
    }

    @Test
    void mistakesNameTheTableAndTheFix() {
        assertEquals("table users has a index on unknown column phon; its columns are [id, phone]",
                assertThrows(IllegalArgumentException.class, () -> table("users",
                        column("id", bigint()), column("phone", text()), index("ix", "phon"))).getMessage());
        assertEquals("table t has a primary key both on columns [a] and as primaryKey[a]; keep one",
                assertThrows(IllegalArgumentException.class, () -> table("t",
                        column("a", bigint()).primaryKey(), primaryKey("a"))).getMessage());
        assertEquals("table t declares column a twice",
                assertThrows(IllegalArgumentException.class, () -> table("t",
                        column("a", bigint()), column("a", text()))).getMessage());
        assertEquals("table t column a sets a foreign key option without references(table, column)",
                assertThrows(IllegalArgumentException.class, () -> table("t",
                        column("a", bigint()).onDelete(CASCADE))).getMessage());
        assertEquals("table t foreignKey[a] has no references(table, columns...)",
                assertThrows(IllegalArgumentException.class, () -> table("t",
                        column("a", bigint()), foreignKey("a"))).getMessage());
        assertEquals("table t foreignKey[a] references 2 columns of u; give one per column",
                assertThrows(IllegalArgumentException.class, () -> table("t",
                        column("a", bigint()), foreignKey("a").references("u", "x", "y"))).getMessage());
    }
}
