package dev.retort.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.SqlSyntax;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.CheckConstraint;
import org.junit.jupiter.api.Test;

class CheckColumnsTest {
    private static final SqlSyntax SQLITE = new SqliteDialect().sqlSyntax();

    private static CheckConstraint check(String expression) {
        return new CheckConstraint("ck", expression);
    }

    @Test
    void findsNamesBareOrQuotedWithoutRegardToCase() {
        assertTrue(CheckColumns.mentions(check("price >= 0"), "price", SQLITE));
        assertTrue(CheckColumns.mentions(check("PRICE >= 0"), "price", SQLITE));
        assertTrue(CheckColumns.mentions(check("\"Price\" >= 0"), "price", SQLITE));
        assertTrue(CheckColumns.mentions(check("`price` >= 0 AND [qty] > 0"), "qty", SQLITE));
        assertTrue(CheckColumns.mentions(check("level IN ('lo', 'hi')"), "level", SQLITE));
        assertTrue(CheckColumns.mentions(check("\"we\"\"ird\" > 0"), "we\"ird", SQLITE));
    }

    @Test
    void ignoresStringsCommentsNumbersAndLongerWords() {
        assertFalse(CheckColumns.mentions(check("price_old >= 0"), "price", SQLITE));
        assertFalse(CheckColumns.mentions(check("old_price >= 0"), "price", SQLITE));
        assertFalse(CheckColumns.mentions(check("kind <> 'price'"), "price", SQLITE));
        assertFalse(CheckColumns.mentions(check("kind <> 'it''s price' /* price */ -- price"), "price", SQLITE));
        assertFalse(CheckColumns.mentions(check("qty > 1e5"), "e5", SQLITE));
    }

    @Test
    void renamesEveryMentionAndNothingElse() {
        CheckConstraint renamed = CheckColumns.rename(check("qty > 0 AND \"QTY\" < 'qty' AND qty_max > qty"), "qty", "amount",
                s -> "\"" + s + "\"", SQLITE);
        assertEquals("\"amount\" > 0 AND \"amount\" < 'qty' AND qty_max > \"amount\"", renamed.expression());
        assertEquals("ck", renamed.name());
    }
}
