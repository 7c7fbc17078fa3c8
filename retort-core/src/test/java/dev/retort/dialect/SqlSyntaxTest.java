package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SqlSyntax}'s written-out equality: as a record's, over every combination of its flags. */
class SqlSyntaxTest {
    private static SqlSyntax of(int bits) {
        return new SqlSyntax((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0,
                (bits & 32) != 0);
    }

    private static List<Boolean> flags(SqlSyntax s) {
        return List.of(s.backslashEscapes(), s.hashComments(), s.nestedComments(), s.dollarQuotes(),
                s.bracketIdentifiers(), s.clientDelimiters());
    }

    @Test
    void equalExactlyWhenEveryFlagIsEqualWithEqualHashCodes() {
        List<SqlSyntax> all = new ArrayList<>();
        for (int bits = 0; bits < 64; bits++) {
            all.add(of(bits));
        }
        for (SqlSyntax a : all) {
            for (SqlSyntax b : all) {
                boolean same = flags(a).equals(flags(b));
                assertEquals(same, a.equals(b), a + " / " + b);
                if (same) {
                    assertEquals(a.hashCode(), b.hashCode(), a + " / " + b);
                }
            }
            assertEquals(false, a.equals(null));
            assertEquals(false, a.equals("x"));
        }
        assertEquals(SqlSyntax.STANDARD, SqlSyntax.STANDARD.withDollarQuotes());
    }
}
