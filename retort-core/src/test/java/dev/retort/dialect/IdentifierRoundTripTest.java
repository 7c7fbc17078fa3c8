package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever quote() writes, the database must store under exactly the name that was asked for. */
class IdentifierRoundTripTest {
    static final List<String> TRICKY = List.of("users", "USERS", "user", "order", "Order", "select", "key", "VALUE",
            "MixedCase", "with space", "quo\"te", "back`tick", "ünïcødé", "1starts_with_digit", "dollar$");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void tablesAndColumnsKeepTheirNamesExactly(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect();
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
        }
    }
}
