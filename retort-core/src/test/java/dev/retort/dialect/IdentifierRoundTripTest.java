package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quoting contract: whatever quote() writes, each database stores under exactly the name asked for. */
class IdentifierRoundTripTest extends EachDialect {
    static final List<String> TRICKY = List.of("users", "USERS", "user", "order", "Order", "select", "key", "VALUE",
            "MixedCase", "with space", "quo\"te", "back`tick", "ünïcødé", "1starts_with_digit", "dollar$");

    @Test
    void tablesAndColumnsKeepTheirNamesExactly() throws Exception {
        String dialectName = this.dialect;
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase db = database(); Connection c = db.connect();
             Statement s = c.createStatement()) {
            for (int i = 0; i < TRICKY.size(); i++) {
                String name = TRICKY.get(i);
                // SQLite compares names ignoring case: USERS and users each get a table of their own.
                String table = "t" + i + " " + name;
                s.execute("CREATE TABLE " + dialect.quote(table) + " (" + dialect.quote(name) + " INTEGER, "
                        + dialect.quote("other " + name) + " INTEGER)");
                s.execute("INSERT INTO " + dialect.quote(table) + " (" + dialect.quote(name) + ") VALUES (1)");
                Optional<String> stored = dialect.findTable(c, null, table);
                assertEquals(Optional.of(table), stored, () -> dialectName + " table " + table);
                assertEquals(List.of(name, "other " + name), dialect.columnNames(c, null, table),
                        () -> dialectName + " columns of " + table);
            }
            assertTrue(dialect.findTable(c, null, "t_no_such_table").isEmpty());
            assertEquals(List.of(), dialect.columnNames(c, null, "t_no_such_table"));
            // A pattern character matches only itself: "t0_users" is no column source for "t0 users".
            assertEquals(List.of(), dialect.columnNames(c, null, "t0_users"));
        }
    }
}
