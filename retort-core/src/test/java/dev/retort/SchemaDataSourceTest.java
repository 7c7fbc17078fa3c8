package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema targets beyond PostgreSQL: on MariaDB a "schema" is a database of the server, switched with
 * {@code setCatalog} since the driver ignores {@code setSchema}; SQLite has none, and says so.
 */
class SchemaDataSourceTest {
    @TempDir
    Path dir;

    @Test
    void onMariaDbEachSchemaTargetIsADatabaseOfTheServer() throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/a1_t.sql"), "-- revision: a1\n-- upgrade\nCREATE TABLE t (id INTEGER);\n"
                + "-- downgrade\nDROP TABLE t;\n");
        String prefix = "sds" + UUID.randomUUID().toString().substring(0, 6) + "_";
        List<String> schemas = List.of(prefix + "a", prefix + "b");
        try (Connection c = DriverManager.getConnection(TestDatabases.MARIADB_HOST_URL, TestDatabases.MARIADB_USER, "");
             Statement s = c.createStatement()) {
            try {
                RetortFleet.Builder fleet = RetortFleet.builder().parallel(2);
                for (String schema : schemas) {
                    s.execute("CREATE DATABASE " + schema);
                    fleet.target(schema, Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache"))
                            .dataSource(SchemaDataSource.of(TestDatabases.MARIADB_HOST_URL, TestDatabases.MARIADB_USER,
                                    "", schema)).versionTableSchema(schema));
                }
                RetortFleet.Report report = fleet.build().upgrade("head");
                assertEquals(2, report.count(RetortFleet.Outcome.DONE), report.toString());
                for (String schema : schemas) {
                    assertEquals(List.of("retort_history", "retort_version", "t"), tables(s, schema));
                }
            } finally {
                for (String schema : schemas) {
                    s.execute("DROP DATABASE IF EXISTS " + schema);
                }
            }
        }
    }

    @Test
    void aDatabaseWithoutSchemasSaysSo() {
        SchemaDataSource sqlite = SchemaDataSource.of("jdbc:sqlite:" + dir.resolve("x.db"), null, null, "tenant_1");
        SQLException e = assertThrows(SQLException.class, sqlite::getConnection);
        assertTrue(e.getMessage().contains("does not switch to schema 'tenant_1'"), e.getMessage());
        assertEquals("tenant_1 in jdbc:sqlite:" + dir.resolve("x.db"), sqlite.toString());
    }

    private static List<String> tables(Statement s, String schema) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + schema + "' ORDER BY table_name")) {
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }
}
