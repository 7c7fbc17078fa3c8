package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.sqlite.SqliteCreateText.Check;
import dev.retort.dialect.sqlite.SqliteCreateText.IndexText;
import dev.retort.dialect.sqlite.SqliteCreateText.TableText;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteCreateTextTest {
    @Test
    void readsNamesChecksAndAutoincrementFromCreateTable() {
        TableText t = SqliteCreateText.table("""
                CREATE TABLE "order" (
                    id INTEGER CONSTRAINT pk_order PRIMARY KEY AUTOINCREMENT,
                    [Code] TEXT CONSTRAINT uq_code UNIQUE CHECK (length(code) > 0), -- a comment, with a comma
                    note TEXT DEFAULT 'a, (b' CHECK (note <> ')'),
                    customer INTEGER,
                    CONSTRAINT fk_customer FOREIGN KEY (Customer) REFERENCES customer (id),
                    CONSTRAINT "ck ""q""\" CHECK (id > 0)
                )""");
        assertEquals("pk_order", t.primaryKeyName());
        assertTrue(t.autoincrement());
        assertEquals("uq_code", t.uniqueNames().get(List.of("code")));
        assertEquals("fk_customer", t.foreignKeyNames().get(List.of("customer")));
        assertEquals(List.of(new Check("Code", new CheckConstraint(null, "length(code) > 0")),
                new Check("note", new CheckConstraint(null, "note <> ')'")),
                new Check(null, new CheckConstraint("ck \"q\"", "id > 0"))), t.checks());
    }

    @Test
    void readsIndexTermsAndPredicate() {
        IndexText text = SqliteCreateText.index(
                "CREATE INDEX ix ON t (a, \"B\" DESC, (lower(c)), d COLLATE NOCASE) WHERE a > 0;");
        assertEquals(List.of("a", "\"B\" DESC", "(lower(c))", "d COLLATE NOCASE"), text.written());
        assertEquals(List.of("a", "\"B\"", "(lower(c))", "d"), text.terms());
        assertEquals("a > 0", text.where());
        assertEquals(new Index("ix", List.of("a"), List.of("\"B\" DESC", "lower(c)", "d COLLATE NOCASE"), true, "a > 0"),
                text.toIndex("ix", true));
        assertNull(SqliteCreateText.index("CREATE INDEX ix ON t (a)").where());
    }

    @Test
    void tellsAWholeParenthesisedExpression() {
        assertTrue(SqliteCreateText.wrapsWhole("(1 + (2))"));
        assertTrue(SqliteCreateText.wrapsWhole("(')')"));
        assertFalse(SqliteCreateText.wrapsWhole("(1) + (2)"));
        assertFalse(SqliteCreateText.wrapsWhole("'(x)'"));
    }
}
