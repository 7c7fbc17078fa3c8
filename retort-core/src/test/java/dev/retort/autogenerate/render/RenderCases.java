package dev.retort.autogenerate.render;

import static dev.retort.Ddl.*;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.Batch;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operations the renderer is tested with, by case name: every kind of operation, built as records (as
 * the comparator builds them), with the options each call can take and strings that are hard to write in Java.
 */
final class RenderCases {
    /** Quotes, backslashes, a line break, a tab, a NUL, accents, CJK, an emoji, invisible separators. */
    static final String TRICKY = "it's \"quoted\" \\ back\\slash\nnew line\ttab\0nul é 日本 😀 \u2028\u200d\u0085 \\u000a";

    private RenderCases() {
    }

    static Map<String, List<Operation>> all() {
        Map<String, List<Operation>> c = new LinkedHashMap<>();
        c.put("create_table", List.of(new CreateTable(users())));
        c.put("create_table_schema_comment_named_key", List.of(new CreateTable(orders())));
        c.put("create_table_all_types", List.of(new CreateTable(allTypes())));
        c.put("drop_table", List.of(new DropTable(null, "users", users()), new DropTable(null, "legacy", null)));
        c.put("drop_table_with_enum", List.of(new DropTable(null, "users",
                Table.builder("users").column(Column.of("plan", ColumnType.enumOf("plan_kind", "free", "pro"))).build())));
        c.put("drop_table_in_schema", List.of(new DropTable("app", "users", null)));
        c.put("create_sequence", List.of(new CreateSequence(new Sequence(null, "journal_seq", 1, 20)),
                new CreateSequence(new Sequence("ledger", "postings_seq", 1, 50))));
        c.put("drop_sequence", List.of(new DropSequence(null, "journal_seq", new Sequence(null, "journal_seq", 1, 20)),
                new DropSequence(null, "old_seq", null)));
        c.put("alter_sequence", List.of(new AlterSequence(new Sequence(null, "journal_seq", 100, 50),
                new Sequence(null, "journal_seq", 1, 20))));
        c.put("rename_table", List.of(new RenameTable(null, "users", "accounts"), new RenameTable("app", "a", "b")));
        c.put("add_column", List.of(
                new AddColumn(null, "users", Column.of("phone", ColumnType.varchar(20))),
                new AddColumn(null, "users", new Column("plan", ColumnType.varchar(10), false, "'free'", false, "the plan")),
                new AddColumn("app", "users", Column.of("nickname", ColumnType.text())),
                new AddColumn(null, "film", Column.of("last_update", ColumnType.timestamp(false)).notNull()
                        .withDefault("CURRENT_TIMESTAMP").withOnUpdate("CURRENT_TIMESTAMP"))));
        c.put("drop_column", List.of(new DropColumn(null, "users", "phone", Column.of("phone", ColumnType.varchar(20))),
                new DropColumn("app", "users", "nickname", null)));
        c.put("alter_column", alterColumns());
        c.put("create_index", List.of(
                new CreateIndex(null, "users", Index.on("ix_users_email", "email"), false),
                new CreateIndex(null, "users", Index.on("ix_users_name", "last_name", "first_name"), false),
                new CreateIndex(null, "users", new Index("ix_users_lower_email", List.of(), List.of("lower(email)"), true,
                        "deleted_at IS NULL"), true),
                new CreateIndex("app", "users", Index.uniqueOn("uq_users_login", "login"), false),
                new CreateIndex(null, "posts", Index.on("ix_posts_tags", "tags").withKind("gin"), false),
                new CreateIndex(null, "film_text", new Index("ft_film_text", List.of("title", "description"), List.of(),
                        false, null, "fulltext"), false)));
        c.put("drop_index", List.of(
                new DropIndex(null, "users", "ix_users_email", Index.on("ix_users_email", "email"), false),
                new DropIndex(null, "users", "ix_users_lower_email", null, true),
                new DropIndex("app", "users", "ix_users_login", null, false)));
        c.put("create_primary_key", List.of(new CreatePrimaryKey(null, "tags", new PrimaryKey("pk_tags", List.of("id"))),
                new CreatePrimaryKey(null, "pairs", new PrimaryKey(null, List.of("a", "b"))),
                new CreatePrimaryKey("app", "tags", new PrimaryKey("pk_tags", List.of("id")))));
        c.put("create_unique_constraint", List.of(
                new CreateUniqueConstraint(null, "users", new UniqueConstraint("uq_users_email", List.of("email"))),
                new CreateUniqueConstraint("app", "users", new UniqueConstraint(null, List.of("a", "b")))));
        c.put("create_foreign_key", List.of(
                new CreateForeignKey(null, "orders", ForeignKey.of("fk_orders_user", List.of("user_id"), "users", List.of("id"))),
                new CreateForeignKey(null, "orders", new ForeignKey("fk_orders_customer_account", List.of("customer_id",
                        "account_id"), "billing", "customers", List.of("id", "account_id"), ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL)),
                new CreateForeignKey("app", "orders", ForeignKey.of(null, List.of("user_id"), "users", List.of("id")))));
        c.put("create_check_constraint", List.of(
                new CreateCheckConstraint(null, "users", new CheckConstraint("ck_users_age", "age >= 0")),
                new CreateCheckConstraint("app", "users", new CheckConstraint(null, "email <> ''"))));
        c.put("drop_constraint", List.of(
                new DropConstraint(null, "orders", "fk_orders_user", ConstraintKind.FOREIGN_KEY, null),
                new DropConstraint(null, "users", "ck_users_age", null, null),
                new DropConstraint(null, "users", "uq_users_email", ConstraintKind.UNIQUE,
                        new CreateUniqueConstraint(null, "users", new UniqueConstraint("uq_users_email", List.of("email")))),
                new DropConstraint("app", "tags", "pk_tags", ConstraintKind.PRIMARY_KEY, null)));
        c.put("create_table_comment", List.of(new CreateTableComment(null, "users", "people who log in", null),
                new CreateTableComment(null, "users", "people", "people who log in"),
                new CreateTableComment("app", "users", "people", null)));
        c.put("drop_table_comment", List.of(new DropTableComment(null, "users", "people"),
                new DropTableComment("app", "users", null)));
        c.put("execute", executes());
        c.put("bulk_insert", List.of(bulkInsert(), new BulkInsert(null, "empty", List.of()),
                new BulkInsert("app", "plans", List.of(Map.of("name", "free")))));
        c.put("batch", batches());
        c.put("tricky_strings", tricky());
        return c;
    }

    static Table users() {
        return Table.builder("users")
                .column(Column.of("id", ColumnType.bigint()).notNull().withAutoIncrement(true))
                .column(Column.of("email", ColumnType.varchar(255)).notNull().withComment("login"))
                .column(Column.of("plan", ColumnType.enumOf("plan_kind", "free", "pro")).notNull().withDefault("'free'"))
                .column(Column.of("score", ColumnType.numeric(10, 2)).withDefault("0"))
                .column(Column.of("team_id", ColumnType.bigint()))
                .column(Column.of("created_at", ColumnType.timestamp(true)).notNull().withDefault("CURRENT_TIMESTAMP"))
                .primaryKey("id")
                .unique(new UniqueConstraint("uq_users_email", List.of("email")))
                .foreignKey(new ForeignKey("fk_users_team", List.of("team_id"), null, "teams", List.of("id"),
                        ReferentialAction.CASCADE, null))
                .check(new CheckConstraint("ck_users_score", "score >= 0"))
                .index(Index.on("ix_users_created_at", "created_at"))
                .index(Index.on("ix_users_created_brin", "created_at").withKind("brin"))
                .build();
    }

    static Table orders() {
        return Table.builder("orders").schema("shop").comment("customer orders")
                .column(Column.of("tenant", ColumnType.integer()).notNull())
                .column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("user_id", ColumnType.bigint()).notNull())
                .column(Column.of("note", ColumnType.text()))
                .primaryKey(new PrimaryKey("pk_orders", List.of("tenant", "id")))
                .foreignKey(new ForeignKey("fk_orders_user", List.of("user_id"), "auth", "users", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE))
                .index(new Index("ix_orders_open", List.of("user_id"), List.of("lower(note)"), true, "note IS NOT NULL"))
                .unique(new UniqueConstraint(null, List.of("tenant", "user_id")))
                .check(new CheckConstraint(null, "id > 0"))
                .build();
    }

    static Table allTypes() {
        List<ColumnType> types = List.of(ColumnType.smallint(), ColumnType.integer(), ColumnType.bigint(),
                ColumnType.bool(), ColumnType.varchar(40), varchar(), ColumnType.fixedChar(3), ColumnType.text(),
                ColumnType.numeric(12, 4), ColumnType.numeric(5, null), ColumnType.numeric(null, null),
                ColumnType.real(), ColumnType.doublePrecision(), ColumnType.date(), ColumnType.time(false),
                ColumnType.time(true), ColumnType.timestamp(false), ColumnType.timestamp(true), ColumnType.uuid(),
                ColumnType.json(), ColumnType.binary(), binary(16), ColumnType.enumOf("mood", "happy", "sad", "it's"),
                ColumnType.other("jsonb"), ColumnType.other("character varying(10)[]"),
                // Nothing in Ddl spells these: written through the record's constructor.
                new ColumnType(ColumnType.Kind.NUMERIC, null, null, 2, false, null, List.of(), null),
                new ColumnType(ColumnType.Kind.OTHER, null, null, null, false, null, List.of(), " tsvector "));
        Table.Builder b = Table.builder("everything");
        for (int i = 0; i < types.size(); i++) {
            b.column(Column.of("c" + i + "_" + types.get(i).kind().name().toLowerCase(), types.get(i)));
        }
        return b.column(new Column("nullable_serial", ColumnType.integer(), true, null, true, null)).build();
    }

    private static List<Operation> alterColumns() {
        Column email = new Column("email", ColumnType.varchar(255), false, null, false, "login");
        return List.of(
                alter("users", "email", a -> a.type(ColumnType.varchar(320)).existing(email)),
                alter("users", "age", a -> a.type(ColumnType.integer(), "age::integer")),
                alter("users", "email", a -> a.nullable(true).existing(email)),
                alter("users", "plan", a -> a.serverDefault("'pro'")),
                alter("users", "plan", a -> a.dropDefault()),
                alter("users", "email", a -> a.rename("email_address")),
                alter("users", "email", a -> a.comment("login address")),
                alter("users", "email", a -> a.comment(null)),
                alter("film", "last_update", a -> a.onUpdateSet("CURRENT_TIMESTAMP").existing(
                        new Column("last_update", ColumnType.timestamp(false), false, "CURRENT_TIMESTAMP", false, null))),
                alter("film", "last_update", a -> a.dropOnUpdateSet()),
                alter("users", "email", a -> { }),
                alter("users", "email", a -> a.type(ColumnType.text(), "trim(email)").nullable(false).serverDefault("''")
                        .rename("mail").comment("where we write").existing(email).schema("app")));
    }

    private static AlterColumn alter(String table, String column, java.util.function.Consumer<AlterColumn.Builder> change) {
        return AlterColumn.of(table, column, change);
    }

    private static List<Operation> executes() {
        List<Object> mixed = Arrays.asList(1, 2L, (short) 3, (byte) 4, 1.5, -0.0, 2.5f, true, 'x', "s", null,
                new BigDecimal("10.50"), LocalDate.of(2026, 11, 25), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Double.NaN, Long.MIN_VALUE, Integer.MIN_VALUE);
        return List.of(Execute.of("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'"),
                Execute.of("UPDATE plans\n   SET monthly_token_limit = 10000\n WHERE name = 'free'"),
                new Execute("UPDATE plans SET monthly_token_limit = ? WHERE name = ?", List.of(10000, "free")),
                new Execute("SELECT ?", Arrays.asList((Object) null)),
                new Execute("SELECT " + "?, ".repeat(mixed.size() - 1) + "?", mixed));
    }

    private static BulkInsert bulkInsert() {
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("name", "enterprise");
        nulls.put("tokens", null);
        nulls.put("price", new BigDecimal("99.90"));
        return new BulkInsert(null, "plans", List.of(Map.of("name", "free"), row("name", "pro", "tokens", 50000L), nulls));
    }

    private static List<Operation> batches() {
        List<Operation> inner = new ArrayList<>();
        inner.add(new AddColumn(null, "users", Column.of("phone", ColumnType.varchar(20))));
        inner.add(new DropColumn(null, "users", "legacy", Column.of("legacy", ColumnType.text())));
        inner.add(AlterColumn.of("users", "email", a -> a.nullable(false)));
        inner.add(new CreateIndex(null, "users", Index.on("ix_users_phone", "phone"), false));
        inner.add(new CreateIndex(null, "users", Index.uniqueOn("uq_users_phone", "phone"), false));
        inner.add(new DropIndex(null, "users", "ix_old", null, false));
        inner.add(new CreatePrimaryKey(null, "users", new PrimaryKey("pk_users", List.of("id"))));
        inner.add(new CreateUniqueConstraint(null, "users", new UniqueConstraint("uq_users_email", List.of("email"))));
        inner.add(new CreateForeignKey(null, "users", ForeignKey.of("fk_users_team", List.of("team_id"), "teams", List.of("id"))));
        inner.add(new CreateCheckConstraint(null, "users", new CheckConstraint("ck_users_phone", "phone <> ''")));
        inner.add(new DropConstraint(null, "users", "fk_users_old", ConstraintKind.FOREIGN_KEY, null));
        inner.add(new DropConstraint(null, "users", "ck_users_old", null, null));
        Table current = Table.builder("users").column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("legacy", ColumnType.text())).primaryKey("id").build();
        return List.of(
                new Batch(null, "users", null, inner),
                new Batch(null, "users", current, List.of(new DropColumn(null, "users", "legacy", null))),
                new Batch(null, "users", null, List.of()),
                new Batch("app", "users", null, List.of(new DropColumn("app", "users", "legacy", null))),
                // A change to another table cannot be said through the batch's builder.
                new Batch(null, "users", null, List.of(new DropColumn(null, "teams", "legacy", null))));
    }

    private static List<Operation> tricky() {
        Table t = Table.builder(TRICKY).comment(TRICKY)
                .column(new Column(TRICKY, ColumnType.enumOf(TRICKY, TRICKY, "b"), false, "'" + TRICKY + "'", false, TRICKY))
                .check(new CheckConstraint(TRICKY, TRICKY))
                .build();
        return List.of(new CreateTable(t),
                new AddColumn(null, TRICKY, Column.of(TRICKY, ColumnType.other(TRICKY.strip()))),
                AlterColumn.of(TRICKY, TRICKY, a -> a.serverDefault(TRICKY).comment(TRICKY).rename(TRICKY)),
                new CreateIndex(null, TRICKY, new Index(TRICKY, List.of(TRICKY), List.of(TRICKY), false, TRICKY), false),
                new CreateTableComment(null, TRICKY, TRICKY, null),
                Execute.of(TRICKY),
                new Execute(TRICKY, List.of(TRICKY, 'é', '\'', '\n', '\\')),
                new BulkInsert(null, TRICKY, List.of(Map.of(TRICKY, TRICKY))));
    }
}
