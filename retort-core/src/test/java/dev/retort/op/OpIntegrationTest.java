package dev.retort.op;

import dev.retort.render.DefaultOp;
import dev.retort.render.JdbcSink;
import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.schema.ConstraintKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation, up and then down (through each operation's {@code reverse()}), on the real databases; the
 * schema checked by reflection after each step and the rows checked to survive, SQLite's rebuilds above all.
 */
class OpIntegrationTest {
    @TempDir
    Path dir;

    private Connection c;
    private Dialect dialect;
    private LiveCatalog catalog;
    private DefaultOp op;
    private final List<Operation> applied = new ArrayList<>();

    private void open(TestDatabase db, String name) throws Exception {
        dialect = Dialects.forName(name);
        c = db.connect();
        c.setAutoCommit(false);
        catalog = new LiveCatalog(c, dialect);
        JdbcSink jdbc = new JdbcSink(c, dialect);
        op = new DefaultOp(o -> {
            jdbc.accept(o);
            applied.add(o);
        }, dialect, Map.of(), c);
    }

    /** Runs the reverse of everything applied since {@code mark}, last first, then commits. */
    private void undoSince(int mark) throws Exception {
        List<Operation> done = new ArrayList<>(applied.subList(mark, applied.size()));
        Collections.reverse(done);
        for (Operation o : done) {
            if (o instanceof Execute || o instanceof BulkInsert) {
                continue;
            }
            op.apply(o.reverse().orElseThrow(() -> new AssertionError("no reverse for " + o)));
        }
        c.commit();
    }

    private String q(String id) {
        return dialect.quote(id);
    }

    private void assertRowsSurvive() throws Exception {
        assertEquals(List.of("1|a@example.com", "2|b@example.com", "3|c@example.com"),
                catalog.rows("SELECT " + q("id") + ", " + q("email") + " FROM " + q("users") + " ORDER BY " + q("id")));
        assertEquals(List.of("10|1", "11|3"),
                catalog.rows("SELECT " + q("id") + ", " + q("user_id") + " FROM " + q("orders") + " ORDER BY " + q("id")));
        if (dialect.name().equals("sqlite")) {
            assertEquals(List.of(), catalog.rows("PRAGMA foreign_key_check"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void everyOperationUpAndDown(String name) throws Exception {
        onDatabase(name, this::run);
    }

    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} with {@link #op} on a fresh database of dialect {@code name}. */
    private void onDatabase(String name, Body body) throws Exception {
        try (TestDatabase db = TestDatabases.of(name, dir)) {
            open(db, name);
            try {
                body.run();
            } finally {
                c.close();
            }
        }
    }

    /** {@code column(...).references(...)} and {@code .index(name)} create the key and index, in createTable and addColumn. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void aColumnsReferencesCreateItsForeignKey(String name) throws Exception {
        onDatabase(name, () -> {
            op.createTable("owners", column("id", bigint()).primaryKey());
            op.createTable("pets", column("id", bigint()).primaryKey(),
                    column("owner_id", bigint()).notNull().references("owners", "id").foreignKeyName("fk_pets_owner")
                            .onDelete(CASCADE));
            op.addColumn("pets", column("sitter_id", bigint()).references("owners", "id")
                    .foreignKeyName("fk_pets_sitter").onDelete(CASCADE).index("ix_pets_sitter"));
            c.commit();
            assertEquals(List.of("fk_pets_owner: owner_id -> owners(id) delete=0",
                    "fk_pets_sitter: sitter_id -> owners(id) delete=0"), catalog.foreignKeys("pets"));
            assertTrue(catalog.indexes("pets").containsKey("ix_pets_sitter"), catalog.indexes("pets").toString());
        });
    }

    private void run() throws Exception {
        // create_table, create_index, bulk_insert
        op.createTable("users",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("email", varchar(255)).notNull(),
                column("plan", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
                column("legacy", text()));
        op.createTable("orders",
                column("id", integer()).primaryKey(),
                column("user_id", bigint()).notNull(),
                foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(CASCADE),
                index("ix_orders_user", "user_id"));
        Map<String, Object> third = new HashMap<>();
        third.put("email", "c@example.com");
        third.put("legacy", null);
        op.bulkInsert("users", List.of(Map.of("email", "a@example.com", "legacy", "x"),
                Map.of("email", "b@example.com", "legacy", "y"), third));
        op.bulkInsert("orders", List.of(Map.of("id", 10, "user_id", 1), Map.of("id", 11, "user_id", 3)));
        c.commit();
        assertEquals(List.of("id"), catalog.primaryKey("users"));
        assertFalse(catalog.columns("users").get("email").nullable());
        assertTrue(catalog.columns("users").get("legacy").nullable());
        assertEquals(List.of("fk_orders_user: user_id -> users(id) delete=0"), catalog.foreignKeys("orders"));
        assertTrue(catalog.indexes("orders").containsKey("ix_orders_user"), catalog.indexes("orders").toString());
        assertEquals(List.of("free"), catalog.rows("SELECT DISTINCT " + q("plan") + " FROM " + q("users")));
        assertRowsSurvive();
        Map<String, LiveCatalog.Col> usersBefore = catalog.columns("users");
        Map<String, String> indexesBefore = catalog.indexes("users");

        // add_column / drop_column (the drop rebuilds on SQLite: orders references users)
        int mark = applied.size();
        op.addColumn("users", column("phone", varchar(20)));
        c.commit();
        assertTrue(catalog.columns("users").containsKey("phone"));
        op.apply(new DropColumn(null, "users", "legacy", usersColumn("legacy")));
        c.commit();
        assertFalse(catalog.columns("users").containsKey("legacy"));
        assertRowsSurvive();
        undoSince(mark);
        assertEquals(usersBefore.keySet(), catalog.columns("users").keySet());
        assertRowsSurvive();

        // alter_column: type, nullability, default, rename, comment
        mark = applied.size();
        op.alterColumn("users", "email", a -> a.type(varchar(320)).existing(usersColumn("email")));
        op.alterColumn("users", "plan", a -> a.serverDefault("'pro'").existing(usersColumn("plan")));
        op.execute("UPDATE " + q("users") + " SET " + q("legacy") + " = ? WHERE " + q("legacy") + " IS NULL", "z");
        op.alterColumn("users", "legacy", a -> a.nullable(false).existing(usersColumn("legacy")));
        op.alterColumn("users", "legacy", a -> a.rename("notes").comment("free text").existing(usersColumn("legacy").notNull()));
        c.commit();
        Map<String, LiveCatalog.Col> altered = catalog.columns("users");
        if (!dialect.name().equals("sqlite")) {
            assertEquals(320, altered.get("email").size());
        } else {
            assertEquals("VARCHAR(320)", catalog.one("SELECT type FROM pragma_table_info('users') WHERE name = 'email'"));
        }
        assertTrue(altered.get("plan").defaultValue().contains("pro"), altered.get("plan").toString());
        assertFalse(altered.get("notes").nullable());
        assertFalse(altered.containsKey("legacy"));
        assertRowsSurvive();
        undoSince(mark);
        Map<String, LiveCatalog.Col> restored = catalog.columns("users");
        assertEquals(usersBefore.keySet(), restored.keySet());
        assertEquals(usersBefore.get("email").size(), restored.get("email").size());
        assertTrue(restored.get("legacy").nullable());
        assertTrue(restored.get("plan").defaultValue().contains("free"), restored.get("plan").toString());
        assertRowsSurvive();

        // indexes and constraints
        mark = applied.size();
        op.createIndex("ix_users_email", "users", i -> i.columns("email").unique());
        op.createUniqueConstraint("uq_users_email_plan", "users", "email", "plan");
        op.createCheckConstraint("ck_users_email", "users", "LENGTH(" + q("email") + ") > 3");
        op.apply(new DropConstraint(null, "orders", "fk_orders_user", ConstraintKind.FOREIGN_KEY,
                new CreateForeignKey(null, "orders", foreignKey("fk_orders_user", "user_id").references("users", "id")
                        .onDelete(CASCADE).foreignKey())));
        op.createForeignKey("orders", foreignKey("fk_orders_user_restrict", "user_id").references("users", "id"));
        c.commit();
        Map<String, String> indexes = catalog.indexes("users");
        assertEquals("unique [email]", indexes.get("ix_users_email"));
        assertTrue(indexes.containsValue("unique [email, plan]"), indexes.toString());
        assertTrue(catalog.checks("users").contains("ck_users_email"), catalog.checks("users").toString());
        assertEquals(1, catalog.foreignKeys("orders").size(), catalog.foreignKeys("orders").toString());
        assertTrue(catalog.foreignKeys("orders").get(0).startsWith("fk_orders_user_restrict"), catalog.foreignKeys("orders").toString());
        assertRowsSurvive();
        undoSince(mark);
        assertEquals(indexesBefore, catalog.indexes("users"));
        assertFalse(catalog.checks("users").contains("ck_users_email"));
        assertEquals(List.of("fk_orders_user: user_id -> users(id) delete=0"), catalog.foreignKeys("orders"));
        assertRowsSurvive();

        // create_primary_key / drop_constraint, rename_table, table comments, drop_table
        mark = applied.size();
        op.createTable("tags", column("id", integer()).notNull(), column("label", varchar(40)));
        op.bulkInsert("tags", List.of(Map.of("id", 1, "label", "a")));
        op.createPrimaryKey("pk_tags", "tags", "id");
        c.commit();
        assertEquals(List.of("id"), catalog.primaryKey("tags"));
        op.renameTable("tags", "labels");
        op.createTableComment("labels", "what users label");
        c.commit();
        assertFalse(catalog.tableExists("tags"));
        assertTrue(catalog.tableExists("labels"));
        assertEquals(dialect.name().equals("sqlite") ? null : "what users label", catalog.tableComment("labels"));
        assertEquals(List.of("1|a"), catalog.rows("SELECT * FROM " + q("labels")));
        undoSince(mark);
        assertFalse(catalog.tableExists("tags"));
        assertFalse(catalog.tableExists("labels"));

        // batch: one rebuild on SQLite, one statement after another elsewhere
        mark = applied.size();
        op.batch("users", b -> b.alterColumn("legacy", a -> a.rename("notes").existing(usersColumn("legacy")))
                .addColumn(column("nickname", varchar(30)))
                .createIndex("ix_users_nickname", "nickname"));
        c.commit();
        assertTrue(catalog.columns("users").containsKey("notes"));
        assertTrue(catalog.indexes("users").containsKey("ix_users_nickname"));
        assertRowsSurvive();
        undoSince(mark);
        assertEquals(usersBefore.keySet(), catalog.columns("users").keySet());
        assertEquals(indexesBefore, catalog.indexes("users"));
        assertRowsSurvive();

        // drop everything; reversing drop_table needs the definition it carries
        op.dropTable(table("orders", column("id", integer()).primaryKey()));
        op.dropTable(table("users", column("plan", enumOf("plan_kind", "free", "pro"))));
        c.commit();
        assertFalse(catalog.tableExists("users"));
        assertNull(catalog.tableComment("users"));
    }

    private dev.retort.schema.Column usersColumn(String name) {
        return switch (name) {
            case "email" -> column("email", varchar(255)).notNull().column();
            case "plan" -> column("plan", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'").column();
            case "legacy" -> column("legacy", text()).column();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
