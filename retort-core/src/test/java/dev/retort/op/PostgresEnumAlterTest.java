package dev.retort.op;

import dev.retort.render.DefaultOp;
import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changing an enum column's values on PostgreSQL: the named type is replaced (renamed aside, created anew, the
 * column converted through text, the old type dropped) inside the migration's transaction, keeping rows and default.
 */
class PostgresEnumAlterTest {
    private final Dialect dialect = Dialects.forName("postgresql");

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join("|", row));
            }
        }
        return out;
    }

    private static List<String> labels(Connection c, String type) throws Exception {
        return rows(c, "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                + "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() "
                + "AND t.typname = '" + type + "' ORDER BY e.enumsortorder");
    }

    private static List<String> types(Connection c) throws Exception {
        return rows(c, "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname = current_schema() AND t.typtype = 'e' ORDER BY t.typname");
    }

    private static void assertUnchanged(Connection c, List<String> labels, List<String> rows) throws Exception {
        assertEquals(labels, labels(c, "k_kind"));
        assertEquals(List.of("k_kind"), types(c));
        assertEquals(rows, rows(c, "SELECT id, k FROM t ORDER BY id"));
    }

    @Test
    void widensAndNarrowsAnEnumKeepingRowsAndDefault() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            DefaultOp op = DefaultOp.online(c, dialect, Map.of());
            op.createTable("t", column("id", integer()).primaryKey(),
                    column("k", enumOf("k_kind", "a", "b")).notNull().serverDefault("'a'"));
            op.execute("INSERT INTO t (id, k) VALUES (1, 'b'), (2, 'a')");
            c.commit();

            AlterColumn widen = AlterColumn.of("t", "k", a -> a.type(enumOf("k_kind", "a", "b", "c"))
                    .existing(column("k", enumOf("k_kind", "a", "b")).notNull().serverDefault("'a'")));
            op.apply(widen);
            op.execute("INSERT INTO t (id, k) VALUES (3, 'c')");
            op.execute("INSERT INTO t (id) VALUES (4)");
            c.commit();
            assertUnchanged(c, List.of("a", "b", "c"), List.of("1|b", "2|a", "3|c", "4|a"));

            // Down while a row still holds 'c': PostgreSQL's own error, and the rollback leaves everything as it was.
            Operation narrow = widen.reverse().orElseThrow();
            RuntimeException e = assertThrows(RuntimeException.class, () -> op.apply(narrow));
            assertTrue(messages(e).contains("invalid input value for enum"), messages(e));
            c.rollback();
            assertUnchanged(c, List.of("a", "b", "c"), List.of("1|b", "2|a", "3|c", "4|a"));

            // Down once no row uses 'c'.
            op.execute("DELETE FROM t WHERE id = 3");
            op.apply(narrow);
            c.commit();
            assertUnchanged(c, List.of("a", "b"), List.of("1|b", "2|a", "4|a"));
            op.execute("INSERT INTO t (id) VALUES (5)");
            c.commit();
            assertEquals(List.of("5|a"), rows(c, "SELECT id, k FROM t WHERE id = 5"));
        }
    }

    @Test
    void readsTheLiveColumnWhenTheScriptDoesNotSayWhatItWas() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            DefaultOp op = DefaultOp.online(c, dialect, Map.of());
            op.createTable("t", column("id", integer()).primaryKey(),
                    column("k", enumOf("k_kind", "a", "b")).notNull().serverDefault("'a'"));
            op.execute("INSERT INTO t (id, k) VALUES (1, 'b')");
            op.alterColumn("t", "k", a -> a.type(enumOf("k_kind", "a", "b", "c")));
            op.execute("INSERT INTO t (id) VALUES (2)");
            c.commit();
            assertUnchanged(c, List.of("a", "b", "c"), List.of("1|b", "2|a"));
        }
    }

    @Test
    void changesATextColumnToANewEnum() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            DefaultOp op = DefaultOp.online(c, dialect, Map.of());
            op.createTable("t", column("id", integer()).primaryKey(),
                    column("k", varchar(10)).notNull().serverDefault("'a'"));
            op.execute("INSERT INTO t (id, k) VALUES (1, 'b')");
            op.alterColumn("t", "k", a -> a.type(enumOf("k_kind", "a", "b")));
            op.execute("INSERT INTO t (id) VALUES (2)");
            c.commit();
            assertUnchanged(c, List.of("a", "b"), List.of("1|b", "2|a"));
        }
    }

    @Test
    void offlineSqlWithoutTheExistingColumnRunsWhetherOrNotTheTypeExists() throws Exception {
        StringBuilder sql = new StringBuilder();
        DefaultOp.offline(dialect, sql, Map.of())
                .alterColumn("t", "k", a -> a.type(enumOf("k_kind", "a", "b", "c")));
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TYPE k_kind AS ENUM ('a', 'b'); CREATE TABLE t (id integer PRIMARY KEY, k k_kind);"
                        + "INSERT INTO t VALUES (1, 'b')");
                s.execute(sql.toString());
            }
            c.commit();
            assertUnchanged(c, List.of("a", "b", "c"), List.of("1|b"));
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE t; DROP TYPE k_kind; CREATE TABLE t (id integer PRIMARY KEY, k text);"
                        + "INSERT INTO t VALUES (1, 'b')");
                s.execute(sql.toString());
            }
            c.commit();
            assertUnchanged(c, List.of("a", "b", "c"), List.of("1|b"));
        }
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }
}
