package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabasesTest extends EachDialect {
    @Test
    void eachTestDatabaseIsIsolatedFromTheNext() throws Exception {
        try (TestDatabase a = database(); TestDatabase b = database()) {
            assertEquals(dialect, a.dialect());
            try (Connection c = a.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shared_name (id INTEGER)");
                s.execute("INSERT INTO shared_name VALUES (1)");
            }
            // Had b the same namespace as a, this CREATE would fail with "already exists".
            try (Connection c = b.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shared_name (id INTEGER)");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM shared_name")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
            }
        }
    }
}
