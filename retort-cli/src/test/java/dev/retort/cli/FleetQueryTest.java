package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Schema-per-tenant from a tenants table: {@code --targets-query} on the main URL returns the schema names; each
 * tenant's tables, version table and lock live in its schema, none in the main one; {@code targets_query} in the
 * configuration does the same for every fleet command.
 */
class FleetQueryTest {
    @TempDir
    Path dir;

    @Test
    void aTenantsTableListsTheSchemasAndEachIsMigratedInPlace() throws Exception {
        String prefix = "tq" + UUID.randomUUID().toString().substring(0, 6) + "_";
        List<String> tenants = List.of(prefix + "acme", prefix + "globex", prefix + "initech");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect(); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE TABLE " + db.name() + ".tenants (id INTEGER, schema_name VARCHAR(63))");
                for (int i = 0; i < tenants.size(); i++) {
                    s.execute("CREATE SCHEMA " + tenants.get(i));
                    s.execute("INSERT INTO " + db.name() + ".tenants VALUES (" + i + ", '" + tenants.get(i) + "')");
                }
                Files.createDirectories(dir.resolve("migrations/versions"));
                Files.writeString(dir.resolve("migrations/versions/a1_t.sql"), "-- revision: a1\n-- upgrade\n"
                        + "CREATE TABLE t (id INTEGER);\n-- downgrade\nDROP TABLE t;\n");
                Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\nlock_strategy = lease\n");
                Map<String, String> env = Map.of("RETORT_URL", db.url() + "&user=" + db.user());
                CliRun up = CliRun.run(dir, env, "upgrade", "head", "--targets-query",
                        "SELECT schema_name FROM tenants ORDER BY id", "--parallel", "3", "--canary", "1");
                assertEquals(0, up.status(), up.all());
                assertTrue(up.err().contains("Running upgrade on 3 targets, 3 at once, 1 canaries first, on error stop"),
                        up.err());
                for (String tenant : tenants) {
                    assertTrue(up.out().lines().anyMatch(l -> l.matches(tenant + "\\s+<base>\\s+a1\\s+\\d+ ms\\s+done")),
                            up.out());
                    assertEquals(List.of("a1", "t", "retort_lock"), List.of(one(s, "SELECT version_num FROM " + tenant
                            + ".retort_version"), one(s, "SELECT table_name FROM information_schema.tables WHERE "
                            + "table_schema = '" + tenant + "' AND table_name = 't'"), one(s, "SELECT table_name FROM "
                            + "information_schema.tables WHERE table_schema = '" + tenant + "' AND table_name = 'retort_lock'")));
                }
                assertEquals("0", one(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + db.name() + "' AND table_name <> 'tenants'"), "nothing in the main schema");

                Files.writeString(dir.resolve("retort.properties"), "targets_query = SELECT schema_name FROM tenants "
                        + "WHERE id > 0 ORDER BY id\n", java.nio.file.StandardOpenOption.APPEND);
                CliRun down = CliRun.run(dir, env, "downgrade", "base", "-q");
                assertEquals(0, down.status(), down.all());
                assertEquals(4, down.out().lines().count(), down.out());
                assertEquals("a1", one(s, "SELECT version_num FROM " + tenants.get(0) + ".retort_version"));
                assertEquals(null, one(s, "SELECT version_num FROM " + tenants.get(1) + ".retort_version"));

                CliRun bad = CliRun.run(dir, env, "current", "--targets-query", "SELECT nonsense FROM nowhere");
                assertEquals(1, bad.status());
                assertTrue(bad.err().startsWith("ERROR: --targets-query failed on "), bad.err());
            } finally {
                s.execute("DROP SCHEMA IF EXISTS " + String.join(", ", tenants) + " CASCADE");
            }
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
