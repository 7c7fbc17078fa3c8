package dev.retort.op;

import dev.retort.render.DefaultOp;
import dev.retort.render.JdbcSink;
import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.schema.Column;
import dev.retort.schema.ConstraintKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite rebuilds and CHECKs: an enum's inline CHECK stays with its column through a rebuild (so a type change
 * replaces it), and dropping a column drops the CHECKs that name it. Each script runs up, then down through
 * each operation's {@code reverse()}, with rows checked to survive.
 */
class SqliteRebuildCheckTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private Connection c;
    private LiveCatalog catalog;
    private DefaultOp op;
    private final List<Operation> applied = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Dialect dialect = Dialects.forName("sqlite");
        db = TestDatabases.sqlite(dir);
        c = db.connect();
        c.setAutoCommit(false);
        catalog = new LiveCatalog(c, dialect);
        JdbcSink jdbc = new JdbcSink(c, dialect);
        op = new DefaultOp(o -> {
            jdbc.accept(o);
            applied.add(o);
        }, dialect, Map.of(), c);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
        db.close();
    }

    private void undoSince(int mark) throws Exception {
        List<Operation> done = new ArrayList<>(applied.subList(mark, applied.size()));
        Collections.reverse(done);
        for (Operation o : done) {
            op.apply(o.reverse().orElseThrow(() -> new AssertionError("no reverse for " + o)));
        }
        c.commit();
    }

    private String sql(String table) throws SQLException {
        return catalog.one("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'");
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void wideningAnEnumReplacesItsCheck() throws Exception {
        op.createTable("t", column("id", integer()).primaryKey(),
                column("k", enumOf("k_kind", "a", "b")).notNull().serverDefault("'a'"));
        execute("INSERT INTO t (id, k) VALUES (1, 'a'), (2, 'b')");
        c.commit();

        op.alterColumn("t", "k", a -> a.type(enumOf("k_kind", "a", "b", "cc")));
        c.commit();
        String up = sql("t");
        assertEquals(1, count(up, "CHECK"), up);
        assertTrue(up.contains("k VARCHAR(2) DEFAULT 'a' NOT NULL CHECK (k IN ('a', 'b', 'cc'))"), up);
        execute("INSERT INTO t (id, k) VALUES (3, 'cc')");
        assertEquals(List.of("1|a", "2|b", "3|cc"), catalog.rows("SELECT id, k FROM t ORDER BY id"));
        execute("DELETE FROM t WHERE id = 3");
        c.commit();

        // An unrelated rebuild keeps the enum as it is.
        op.createCheckConstraint("ck_t_id", "t", "id > 0");
        c.commit();
        String rebuilt = sql("t");
        assertEquals(2, count(rebuilt, "CHECK"), rebuilt);
        assertTrue(rebuilt.contains("CHECK (k IN ('a', 'b', 'cc'))"), rebuilt);

        // The downgrade a script would write: an alterColumn without the existing column has no reverse.
        op.dropConstraint("ck_t_id", "t", ConstraintKind.CHECK);
        op.alterColumn("t", "k", a -> a.type(enumOf("k_kind", "a", "b")));
        c.commit();
        String down = sql("t");
        assertEquals(1, count(down, "CHECK"), down);
        assertTrue(down.contains("k VARCHAR(1) DEFAULT 'a' NOT NULL CHECK (k IN ('a', 'b'))"), down);
        assertEquals(List.of("1|a", "2|b"), catalog.rows("SELECT id, k FROM t ORDER BY id"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO t (id, k) VALUES (3, 'cc')"));
    }

    @Test
    void droppingAnEnumColumnDropsItsCheck() throws Exception {
        op.createTable("t", column("id", integer()).primaryKey(), column("name", varchar(20)));
        execute("INSERT INTO t (id, name) VALUES (1, 'x'), (2, 'y')");
        c.commit();
        int mark = applied.size();

        op.addColumn("t", column("level", enumOf("level_kind", "lo", "hi")));
        c.commit();
        execute("UPDATE t SET level = 'hi' WHERE id = 2");
        c.commit();
        op.apply(new DropColumn(null, "t", "level", new Column("level", enumOf("level_kind", "lo", "hi"), true, null, false, null)));
        c.commit();
        String up = sql("t");
        assertFalse(up.contains("CHECK"), up);
        assertFalse(up.contains("level"), up);
        assertEquals(List.of("1|x", "2|y"), catalog.rows("SELECT id, name FROM t ORDER BY id"));

        undoSince(mark);
        assertFalse(sql("t").contains("level"), sql("t"));
        assertEquals(List.of("1|x", "2|y"), catalog.rows("SELECT id, name FROM t ORDER BY id"));
    }

    @Test
    void droppingAColumnDropsTheNamedChecksThatUseIt() throws Exception {
        op.createTable("c", column("id", integer()).primaryKey(), column("qty", integer()), check("ck_c_qty", "qty > 0"));
        op.createTable("d", column("id", integer()).primaryKey(), column("c_id", integer()),
                foreignKey("fk_d_c", "c_id").references("c", "id"), index("ix_d_c", "c_id"));
        execute("INSERT INTO c (id, qty) VALUES (1, 5), (2, 7)");
        execute("INSERT INTO d (id, c_id) VALUES (10, 2)");
        c.commit();
        int mark = applied.size();

        op.addColumn("c", column("price", integer()));
        op.createIndex("ix_c_qty", "c", "qty");
        op.createCheckConstraint("ck_c_price", "c", "price >= 0");
        // price only inside a string literal: no use of the column.
        op.createCheckConstraint("ck_c_text", "c", "'price' <> \"qty\" || 'x' OR qty IS NULL");
        c.commit();
        execute("UPDATE c SET price = 3");
        c.commit();
        op.apply(new DropColumn(null, "c", "price", new Column("price", integer(), true, null, false, null)));
        c.commit();
        String up = sql("c");
        assertFalse(up.contains("ck_c_price"), up);
        assertFalse(up.contains("price >= 0"), up);
        assertTrue(up.contains("CONSTRAINT ck_c_qty CHECK (qty > 0)"), up);
        assertTrue(up.contains("ck_c_text"), up);
        assertEquals(List.of("1|5", "2|7"), catalog.rows("SELECT id, qty FROM c ORDER BY id"));
        assertTrue(catalog.indexes("c").containsKey("ix_c_qty"), catalog.indexes("c").toString());
        assertEquals(List.of("10|2"), catalog.rows("SELECT id, c_id FROM d"));
        assertEquals(List.of(), catalog.rows("PRAGMA foreign_key_check"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO c (id, qty) VALUES (3, 0)"));

        undoSince(mark);
        String down = sql("c");
        assertFalse(down.contains("price"), down);
        assertFalse(down.contains("ck_c_text"), down);
        assertTrue(down.contains("CONSTRAINT ck_c_qty CHECK (qty > 0)"), down);
        assertEquals(List.of("1|5", "2|7"), catalog.rows("SELECT id, qty FROM c ORDER BY id"));
        assertEquals(List.of("10|2"), catalog.rows("SELECT id, c_id FROM d"));
        assertEquals(List.of(), catalog.rows("PRAGMA foreign_key_check"));
    }

    @Test
    void renamingAColumnInABatchRenamesItInChecks() throws Exception {
        op.createTable("r", column("id", integer()).primaryKey(), column("qty", integer()), check("ck_r_qty", "\"qty\" > 0"));
        execute("INSERT INTO r (id, qty) VALUES (1, 5)");
        c.commit();
        op.batch("r", b -> b.alterColumn("qty", a -> a.rename("amount")).alterColumn("id", a -> a.nullable(false)));
        c.commit();
        String up = sql("r");
        assertTrue(up.contains("CHECK (amount > 0)"), up);
        assertEquals(List.of("1|5"), catalog.rows("SELECT id, amount FROM r"));
    }
}
