package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.script.ScriptTemplates;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code verify} finds a planted broken downgrade and {@code drift} finds hand changes, on each database. */
class ScratchRunsTest {
    @TempDir
    Path dir;

    private Path scripts(boolean brokenDowngrade) throws Exception {
        Path location = dir.resolve("migrations");
        ScriptTemplates.init(location);
        write(location, "a00000000001", null, "create account",
                "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) DEFAULT 'anon');",
                "DROP TABLE account;");
        write(location, "a00000000002", "a00000000001", "add email",
                "ALTER TABLE account ADD COLUMN email VARCHAR(80);",
                brokenDowngrade ? "UPDATE account SET name = name WHERE id < 0;" : "ALTER TABLE account DROP COLUMN email;");
        write(location, "a00000000003", "a00000000002", "create plan",
                "CREATE TABLE plan (id INTEGER PRIMARY KEY);", "DROP TABLE plan;");
        return location;
    }

    private static void write(Path location, String id, String revises, String message, String up, String down)
            throws Exception {
        Files.writeString(location.resolve("versions/" + id + ".sql"), "-- revision: " + id + "\n"
                + (revises == null ? "" : "-- revises: " + revises + "\n") + "-- message: " + message + "\n\n"
                + "-- upgrade\n" + up + "\n\n-- downgrade\n" + down + "\n");
    }

    private Retort retort(Path location, TestDatabase db) {
        return Retort.builder().scriptLocation(location).url(db.url()).user(db.user()).password(db.password())
                .cacheDir(dir.resolve("cache")).build();
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void verifyNamesTheFirstRevisionWhoseDowngradeDoesNotComeBack(String dialect) throws Exception {
        Path location = scripts(true);
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = retort(location, db)) {
            VerifyResult result = retort.verify(null);
            assertFalse(result.ok());
            assertEquals("a00000000002", result.failedRevision());
            assertEquals(List.of("a00000000001"), result.verified());
            assertTrue(result.difference().toString().toLowerCase().contains("email"), result.difference().toString());
            assertScratchRemoved(db, result.scratch());
            assertEquals(List.of(), retort.current(), "the configured database is left alone");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void verifyPassesAHistoryWhoseDowngradesComeBack(String dialect) throws Exception {
        Path location = scripts(false);
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = retort(location, db)) {
            VerifyResult result = retort.verify(null);
            assertTrue(result.ok(), result.toString());
            assertEquals(List.of("a00000000001", "a00000000002", "a00000000003"), result.verified());
            assertScratchRemoved(db, result.scratch());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void driftListsAHandAddedColumnIndexAndChangedDefault(String dialect) throws Exception {
        Path location = scripts(false);
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = retort(location, db)) {
            retort.upgrade("a00000000002");
            DriftResult clean = retort.drift();
            assertFalse(clean.drifted(), clean.toString());
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String sql : handChanges(dialect)) {
                    s.execute(sql);
                }
            }
            DriftResult drift = retort.drift();
            assertTrue(drift.drifted());
            assertEquals(Set.of("a00000000002"), drift.current());
            String changes = String.join("\n", drift.changes()).toLowerCase();
            assertTrue(changes.contains("nickname"), changes);
            assertTrue(changes.contains("ix_account_name"), changes);
            assertTrue(changes.contains("default"), changes);
            assertEquals(3, drift.changes().size(), changes);
            assertEquals(Set.of("a00000000002"), Set.copyOf(retort.current().stream().map(RevisionInfo::id).toList()));
            assertScratchRemoved(db, drift.scratch());
        }
    }

    private static List<String> handChanges(String dialect) {
        if (dialect.equals("sqlite")) {
            return List.of("CREATE TABLE account_new (id INTEGER PRIMARY KEY, name VARCHAR(50) DEFAULT 'nobody', "
                            + "email VARCHAR(80), nickname VARCHAR(20))",
                    "INSERT INTO account_new (id, name, email) SELECT id, name, email FROM account",
                    "DROP TABLE account", "ALTER TABLE account_new RENAME TO account",
                    "CREATE INDEX ix_account_name ON account (name)");
        }
        return List.of("ALTER TABLE account ADD COLUMN nickname VARCHAR(20)",
                "CREATE INDEX ix_account_name ON account (name)",
                "ALTER TABLE account ALTER COLUMN name SET DEFAULT 'nobody'");
    }

    private static void assertScratchRemoved(TestDatabase db, String scratch) throws Exception {
        String name = scratch.substring(scratch.lastIndexOf(' ') + 1);
        switch (db.dialect()) {
            case "sqlite" -> assertFalse(Files.exists(Path.of(name)), scratch);
            case "postgresql", "mariadb" -> {
                String sql = db.dialect().equals("postgresql")
                        ? "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'"
                        : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
                try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), scratch + " is gone");
                }
            }
            default -> assertTrue(scratch.startsWith("in-memory database retort_scratch_"), scratch);
        }
    }
}
