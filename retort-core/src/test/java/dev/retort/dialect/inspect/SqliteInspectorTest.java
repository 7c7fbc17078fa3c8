package dev.retort.dialect.inspect;

import static dev.retort.dialect.inspect.Inspected.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.dialects.Dialects;
import dev.retort.dialect.SchemaInspector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteInspectorTest {
    private final SchemaInspector inspector = Dialects.forName("sqlite").inspector();

    @TempDir
    Path dir;

    @Test
    void readsChecksAndNamesPastCommentsStringsAndNestedParentheses() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite(dir); Connection c = db.connect()) {
            run(c, """
                    CREATE TABLE t ( -- a comment, with (parentheses
                        a TEXT DEFAULT ('x,)') CHECK (length(a) IN (1, 2) OR a = ')'), /* CONSTRAINT fake CHECK (0) */
                        b NUMERIC(5, 1) CONSTRAINT "b ok" CHECK ((b > 0) AND (b < 10)),
                        CONSTRAINT [u ab] UNIQUE (A, B)
                    )""");
            Table t = inspector.inspect(c, null).table("t").orElseThrow();
            assertEquals(List.of(new CheckConstraint("b ok", "(b > 0) AND (b < 10)"),
                    new CheckConstraint(null, "length(a) IN (1, 2) OR a = ')'")), t.checks());
            assertEquals(List.of(new UniqueConstraint("u ab", List.of("a", "b"))), t.uniques());
            assertEquals("'x,)'", t.columns().get(0).serverDefault());
            assertEquals(ColumnType.numeric(5, 1), t.columns().get(1).type());
        }
    }

    @Test
    void aRowidAliasWithoutAutoincrementIsGeneratedToo() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite(dir); Connection c = db.connect()) {
            run(c, "CREATE TABLE t (id integer primary key, n int)");
            Column id = inspector.inspect(c, null).table("t").orElseThrow().columns().get(0);
            assertEquals(Column.of("id", ColumnType.integer()).notNull().withAutoIncrement(true), id);
        }
    }

    @Test
    void normalisesDefaultsToOneSpelling() {
        assertEquals("CURRENT_TIMESTAMP", inspector.normalizeDefault("current_timestamp"));
        assertEquals("datetime('now')", inspector.normalizeDefault("(datetime('now'))"));
        assertEquals("(1) + (2)", inspector.normalizeDefault("(1) + (2)"));
        assertEquals("')'", inspector.normalizeDefault("(')')"));
        assertNull(inspector.normalizeDefault("NULL"));
        assertNull(inspector.normalizeDefault("(NULL)"));
    }
}
