package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestDatabasesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void eachTestDatabaseIsIsolatedFromTheNext(String dialect) throws Exception {
        try (TestDatabase a = TestDatabases.of(dialect, dir); TestDatabase b = TestDatabases.of(dialect, dir)) {
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
