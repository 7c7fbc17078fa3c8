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
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@link Retort#status()}: what a health check reads, on a real database. */
class MigrationStatusTest {
    @TempDir
    Path dir;

    private Path script(Path versions, String id, String revises, String table) throws Exception {
        return Files.writeString(versions.resolve(id + "_" + table + ".sql"), "-- revision: " + id + "\n"
                + (revises == null ? "" : "-- revises: " + revises + "\n") + "-- message: create " + table + "\n\n"
                + "-- upgrade\nCREATE TABLE " + table + " (id INTEGER PRIMARY KEY);\n\n-- downgrade\nDROP TABLE " + table + ";\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void statusShowsPendingEditedAndInterruptedMigrations(String dialect) throws Exception {
        Path location = dir.resolve("migrations");
        ScriptTemplates.init(location);
        Path first = script(location.resolve("versions"), "a00000000001", null, "plans");
        script(location.resolve("versions"), "a00000000002", "a00000000001", "users");
        try (TestDatabase db = dialect.equals("sqlite") ? TestDatabases.sqlite(dir) : TestDatabases.postgres()) {
            try (Retort retort = Retort.builder().scriptLocation(location).url(db.url()).user(db.user())
                    .password(db.password()).build()) {
                MigrationStatus base = retort.status();
                assertEquals(Set.of(), base.current());
                assertEquals(List.of("a00000000002"), base.heads());
                assertEquals(List.of("a00000000001", "a00000000002"), base.pending());
                assertFalse(base.upToDate());

                retort.upgrade("a00000000001");
                assertEquals(List.of("a00000000002"), retort.status().pending());
                retort.upgrade("head");
                MigrationStatus done = retort.status();
                assertEquals(Set.of("a00000000002"), done.current());
                assertTrue(done.upToDate(), done.toString());
            }

            Files.writeString(first, Files.readString(first).replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, x INTEGER"));
            try (Retort retort = Retort.builder().scriptLocation(location).url(db.url()).user(db.user())
                    .password(db.password()).build()) {
                MigrationStatus edited = retort.status();
                assertEquals(List.of("a00000000001"), edited.changed());
                assertEquals(List.of(), edited.pending());
                assertFalse(edited.upToDate());
            }

            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("INSERT INTO retort_history (id, revision, direction, checksum, statements_total, statements_done, "
                        + "success, applied_by, applied_at, message) VALUES (99, 'a00000000002', 'downgrade', NULL, 1, 0, "
                        + "FALSE, 'ops', '2026-01-01T00:00:00Z', 'started')");
            }
            try (Retort retort = Retort.builder().scriptLocation(location).url(db.url()).user(db.user())
                    .password(db.password()).allowChangedScripts(true).build()) {
                List<HistoryRow> interrupted = retort.status().interrupted();
                assertEquals(1, interrupted.size());
                assertEquals("a00000000002", interrupted.get(0).revision());
            }
        }
    }
}
