package dev.retort.op;

import dev.retort.render.DefaultOp;
import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.Op;
import dev.retort.error.RetortException;
import dev.retort.dialects.Dialects;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL each dialect renders for each operation, pinned in {@code src/test/resources/op/golden/<dialect>/<case>.sql}.
 * An operation a dialect refuses pins its error as {@code -- UNSUPPORTED: ...}. Run with
 * {@code -Dretort.golden.update=true} to rewrite the files, then read the diff.
 */
class OpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/op/golden");
    private static final List<String> DIALECTS = TestDatabases.DIALECTS;

    static Table users() {
        return table("users",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("email", varchar(255)).notNull(),
                column("legacy", text()));
    }

    static Map<String, Consumer<Op>> cases() {
        Map<String, Consumer<Op>> c = new LinkedHashMap<>();
        c.put("create_table", op -> op.createTable("users",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("email", varchar(255)).notNull().comment("login"),
                column("plan", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
                column("score", numeric(10, 2)).serverDefault("0"),
                column("created_at", timestampWithTimeZone()),
                unique("uq_users_email", "email"),
                check("ck_users_score", "score >= 0"),
                index("ix_users_created", "created_at")));
        c.put("create_table_comment_and_fk", op -> op.createTable(TableElement.table(null, "orders", "customer orders",
                column("id", integer()).primaryKey(),
                column("user_id", bigint()).notNull(),
                foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(CASCADE).onUpdate(RESTRICT))));
        c.put("create_table_column_references", op -> op.createTable("pets",
                column("id", bigint()).primaryKey(),
                column("owner_id", bigint()).notNull().references("owners", "id").onDelete(CASCADE),
                column("vet_id", bigint()).references("vets", "id").foreignKeyName("fk_pets_vet"),
                column("name", text()).index("ix_pets_name")));
        c.put("create_table_all_types", op -> op.createTable("everything",
                column("a_smallint", smallint()), column("a_integer", integer()), column("a_bigint", bigint()),
                column("a_boolean", bool()), column("a_varchar", varchar(40)), column("a_text", text()),
                column("a_numeric", numeric(12, 4)), column("a_real", real()), column("a_double", doublePrecision()),
                column("a_date", date()), column("a_time", time()), column("a_timetz", timeWithTimeZone()),
                column("a_timestamp", timestamp()), column("a_timestamptz", timestampWithTimeZone()),
                column("a_uuid", uuid()), column("a_json", json()), column("a_binary", binary()),
                column("a_enum", enumOf("mood", "happy", "sad"))));
        c.put("drop_table", op -> op.dropTable("users"));
        c.put("drop_table_with_enum", op -> op.dropTable(table("users", column("plan", enumOf("plan_kind", "free")))));
        c.put("rename_table", op -> op.renameTable("users", "accounts"));
        c.put("create_sequence", op -> op.createSequence("journal_seq", s -> s.start(1).increment(50)));
        c.put("drop_sequence", op -> op.dropSequence("journal_seq"));
        c.put("alter_sequence", op -> op.alterSequence("journal_seq", s -> s.start(1).increment(20)));
        c.put("add_column", op -> op.addColumn("users", column("phone", varchar(20)).notNull().serverDefault("''")));
        c.put("add_column_references", op -> op.addColumn("pets",
                column("vet_id", bigint()).references("vets", "id").foreignKeyName("fk_pets_vet").index("ix_pets_vet")));
        c.put("drop_column", op -> op.dropColumn("users", "legacy"));
        c.put("alter_column_type", op -> op.alterColumn("users", "email", a -> a.type(varchar(320))
                .existing(users().column("email").orElseThrow())));
        c.put("alter_column_type_using", op -> op.alterColumn("users", "legacy", a -> a.type(integer(), "length(legacy)")));
        c.put("alter_column_enum_add_value", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug", "task", "idea"))
                .existing(column("kind", enumOf("ticket_kind", "bug", "task")).notNull())));
        c.put("alter_column_enum_remove_value", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug"))
                .existing(column("kind", enumOf("ticket_kind", "bug", "task")).notNull())));
        c.put("alter_column_enum_with_default", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug", "task", "idea"))
                .existing(column("kind", enumOf("ticket_kind", "bug", "task")).notNull().serverDefault("'bug'"))));
        c.put("alter_column_enum_and_default", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug", "idea")).serverDefault("'idea'")
                .existing(column("kind", enumOf("ticket_kind", "bug", "task")).notNull().serverDefault("'task'"))));
        c.put("alter_column_enum_unknown_existing", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug", "task", "idea"))));
        c.put("alter_column_to_enum", op -> op.alterColumn("tickets", "kind", a -> a
                .type(enumOf("ticket_kind", "bug", "task"))
                .existing(column("kind", varchar(20)).notNull().serverDefault("'bug'"))));
        c.put("alter_column_nullable", op -> op.alterColumn("users", "legacy", a -> a.nullable(false)
                .existing(users().column("legacy").orElseThrow())));
        c.put("alter_column_default", op -> op.alterColumn("users", "legacy", a -> a.serverDefault("'none'")));
        c.put("alter_column_drop_default", op -> op.alterColumn("users", "legacy", a -> a.dropDefault()));
        c.put("alter_column_rename", op -> op.alterColumn("users", "legacy", a -> a.rename("notes")));
        c.put("alter_column_comment", op -> op.alterColumn("users", "email", a -> a.comment("login address")
                .existing(users().column("email").orElseThrow())));
        c.put("add_column_on_update", op -> op.addColumn("users", column("changed_at", timestamp()).notNull()
                .serverDefault("CURRENT_TIMESTAMP").onUpdateSet("CURRENT_TIMESTAMP")));
        c.put("alter_column_on_update", op -> op.alterColumn("users", "changed_at", a -> a.onUpdateSet("CURRENT_TIMESTAMP")
                .existing(column("changed_at", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP"))));
        c.put("create_index", op -> op.createIndex("ix_users_email", "users", "email"));
        c.put("create_index_unique_partial_expression", op -> op.createIndex("ix_users_lower_email", "users",
                i -> i.expressions("lower(email)").unique().where("legacy IS NULL")));
        c.put("create_index_concurrently", op -> op.createIndex("ix_users_email", "users",
                i -> i.columns("email").concurrently()));
        c.put("create_index_gin", op -> op.createIndex("ix_users_email_gin", "users", i -> i.columns("email").kind("gin")));
        c.put("create_index_fulltext", op -> op.createIndex("ft_users_email", "users",
                i -> i.columns("email", "legacy").kind("fulltext")));
        c.put("create_index_hash", op -> op.createIndex("ix_users_email_hash", "users", i -> i.columns("email").kind("hash")));
        c.put("create_index_ordered_operator_class", op -> op.createIndex("ix_users_email_desc", "users",
                i -> i.expressions("email text_pattern_ops", "legacy DESC NULLS LAST")));
        c.put("drop_index", op -> op.dropIndex("ix_users_email", "users"));
        c.put("drop_index_concurrently", op -> op.dropIndexConcurrently("ix_users_email", "users"));
        c.put("create_primary_key", op -> op.createPrimaryKey("pk_tags", "tags", "id"));
        c.put("create_unique_constraint", op -> op.createUniqueConstraint("uq_users_email", "users", "email"));
        c.put("create_foreign_key", op -> op.createForeignKey("orders",
                foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(SET_NULL)));
        c.put("create_check_constraint", op -> op.createCheckConstraint("ck_users_email", "users", "email <> ''"));
        c.put("drop_constraint", op -> op.dropConstraint("uq_users_email", "users", ConstraintKind.UNIQUE));
        c.put("drop_foreign_key", op -> op.dropConstraint("fk_orders_user", "orders", ConstraintKind.FOREIGN_KEY));
        c.put("create_table_comment", op -> op.createTableComment("users", "people who log in"));
        c.put("drop_table_comment", op -> op.dropTableComment("users"));
        c.put("execute", op -> op.execute("UPDATE users SET legacy = NULL"));
        c.put("execute_parameters", op -> op.execute("UPDATE users SET legacy = ? WHERE id = ?", "it's", 7));
        c.put("bulk_insert", op -> {
            Map<String, Object> third = new HashMap<>();
            third.put("email", "c@example.com");
            third.put("legacy", null);
            op.bulkInsert("users", List.of(Map.of("email", "a@example.com"), Map.of("email", "b@example.com"), third));
        });
        c.put("batch", op -> op.batch(users(), b -> b.dropColumn("legacy")
                .alterColumn("email", a -> a.type(varchar(320)).nullable(false))
                .createUniqueConstraint("uq_users_email", "email")));
        return c;
    }

    static Stream<Arguments> dialectsAndCases() {
        List<Arguments> out = new ArrayList<>();
        for (String d : DIALECTS) {
            for (String c : cases().keySet()) {
                out.add(Arguments.of(d, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dialectsAndCases")
    void rendersAsPinned(String dialect, String name) throws IOException {
        StringBuilder out = new StringBuilder();
        DefaultOp op = DefaultOp.offline(Dialects.forName(dialect), out, Map.of());
        try {
            cases().get(name).accept(op);
        } catch (RetortException e) {
            out.append("-- ").append(e.code()).append(": ").append(e.getMessage()).append('\n');
        }
        Path file = GOLDEN.resolve(dialect).resolve(name + ".sql");
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no golden file " + file + ")",
                out.toString(), () -> "rendered SQL differs from " + file + "; -Dretort.golden.update=true rewrites it");
    }

}
