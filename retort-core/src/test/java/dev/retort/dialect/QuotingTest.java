package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotingTest {
    // identifier, then how each of TestDatabases.DIALECTS (postgresql, mariadb, sqlite, h2) must write it.
    static final List<List<String>> GOLDEN = List.of(
            List.of("users", "users", "users", "users", "\"users\""),
            List.of("USERS", "\"USERS\"", "USERS", "USERS", "USERS"),
            List.of("_under_score1", "_under_score1", "_under_score1", "_under_score1", "\"_under_score1\""),
            List.of("user", "\"user\"", "user", "user", "\"user\""),
            List.of("USER", "\"USER\"", "USER", "USER", "\"USER\""),
            List.of("order", "\"order\"", "`order`", "\"order\"", "\"order\""),
            List.of("Order", "\"Order\"", "`Order`", "\"Order\"", "\"Order\""),
            List.of("select", "\"select\"", "`select`", "\"select\"", "\"select\""),
            List.of("key", "key", "`key`", "\"key\"", "\"key\""),
            List.of("VALUE", "\"VALUE\"", "VALUE", "VALUE", "\"VALUE\""),
            List.of("MixedCase", "\"MixedCase\"", "MixedCase", "MixedCase", "\"MixedCase\""),
            List.of("with space", "\"with space\"", "`with space`", "\"with space\"", "\"with space\""),
            List.of("quo\"te", "\"quo\"\"te\"", "`quo\"te`", "\"quo\"\"te\"", "\"quo\"\"te\""),
            List.of("back`tick", "\"back`tick\"", "`back``tick`", "\"back`tick\"", "\"back`tick\""),
            List.of("ünïcødé", "\"ünïcødé\"", "`ünïcødé`", "\"ünïcødé\"", "\"ünïcødé\""),
            List.of("1starts_with_digit", "\"1starts_with_digit\"", "`1starts_with_digit`", "\"1starts_with_digit\"",
                    "\"1starts_with_digit\""),
            List.of("dollar$", "\"dollar$\"", "`dollar$`", "\"dollar$\"", "\"dollar$\""));

    static final List<String> DIALECTS = TestDatabases.DIALECTS;

    @Test
    void eachDialectQuotesExactlyTheIdentifiersThatNeedIt() {
        for (List<String> row : GOLDEN) {
            for (int d = 0; d < DIALECTS.size(); d++) {
                Dialect dialect = Dialects.forName(DIALECTS.get(d));
                assertEquals(row.get(d + 1), dialect.quote(row.get(0)), () -> dialect.name() + " quoting " + row.get(0));
            }
        }
    }

    @Test
    void qualifiedNamesQuoteEachPart() {
        assertEquals("app.\"order\"", Dialects.forName("postgresql").qualify("app", "order"));
        assertEquals("`my db`.`order`", Dialects.forName("mariadb").qualify("my db", "order"));
        assertEquals("\"order\"", Dialects.forName("sqlite").qualify(null, "order"));
    }

    @Test
    void emptyOrNulIdentifiersAreRefused() {
        for (String name : DIALECTS) {
            Dialect dialect = Dialects.forName(name);
            assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> dialect.quote("")).code());
            assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> dialect.quote("a\0b")).code());
        }
    }
}
