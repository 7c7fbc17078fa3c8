package dev.retort.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlywayImporterTest {
    private static final Path SCRIPTS = Golden.resource("flyway/db/migration");

    @TempDir
    Path dir;

    @Test
    void versionedScriptsBecomeOneChainWithIdsFromTheirVersions() throws Exception {
        ImportReport report = FlywayImporter.importProject(SCRIPTS, dir.resolve("migrations"), dir.resolve("retort.properties"));
        List<String> lines = report.files().stream().map(f -> f.source().getFileName() + " " + f.status()
                + (f.written() == null ? "" : " " + f.written().getFileName()) + " (" + f.detail() + ")").toList();
        assertEquals(List.of(
                "V1__create_plans.sql TRANSLATED v1_create_plans.sql (no undo script: downgrade does nothing)",
                "V1.1__seed_plans.sql TRANSLATED v1_1_seed_plans.sql (no undo script: downgrade does nothing)",
                "V2__users.sql TRANSLATED v2_users.sql (downgrade from U2__users.sql)",
                "V10__update_free_plan_tokens.sql TRANSLATED v10_update_free_plan_tokens.sql (no undo script: downgrade does nothing)",
                "R__plan_names.sql TRANSLATED plan_names.sql (repeatable script: applied after the revisions whenever it changes)"),
                lines);
        for (ImportReport.FileResult f : report.files()) {
            if (f.written() != null) {
                Golden.assertMatches("flyway/" + f.written().getFileName(), Files.readString(f.written()));
            }
        }
    }

    @Test
    void placeholdersStayForRetortToReplaceButFlywaysBuiltInOnesAreReported() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(scripts.resolve("V1__grant.sql"), "GRANT SELECT ON plans TO ${reader};\n");
        Files.writeString(scripts.resolve("V2__note.sql"), "COMMENT ON TABLE plans IS 'by ${flyway:user}';\n");
        ImportReport report = FlywayImporter.importProject(scripts, dir.resolve("migrations"), dir.resolve("retort.properties"));
        assertEquals(ImportReport.Status.TRANSLATED, report.files().get(0).status());
        assertEquals("no undo script: downgrade does nothing; uses placeholders (${...}): set them with -x NAME=VALUE or "
                + "placeholders.NAME in retort.properties", report.files().get(0).detail());
        assertTrue(Files.readString(report.files().get(0).written()).contains("GRANT SELECT ON plans TO ${reader};"));
        assertEquals(ImportReport.Status.PARTLY, report.files().get(1).status());
        assertEquals("no undo script: downgrade does nothing; uses Flyway's built-in placeholders (${flyway:...}), which "
                + "Retort does not have: replace them", report.files().get(1).detail());
    }

    @Test
    void idsAreStableAcrossRunsAndFollowFlywaysVersionOrder() {
        assertEquals("v1_1", FlywayImporter.revisionId("1.1"));
        assertEquals("v1_1", FlywayImporter.revisionId("01_1"));
        assertEquals("v2026_12_3", FlywayImporter.revisionId("2026.12.03"));
        RetortException e = assertThrows(RetortException.class, () -> FlywayImporter.revisionId("1a"));
        assertEquals("Flyway version 1a is not numeric", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void flywayMigratesRetortStampsAndContinues(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase byFlyway = TestDatabases.of(dialectName, dir); TestDatabase byRetort = TestDatabases.of(dialectName, dir)) {
            Flyway.configure().dataSource(byFlyway.url(), byFlyway.user(), byFlyway.password())
                    .locations("filesystem:" + SCRIPTS.toAbsolutePath()).load().migrate();
            FlywayImporter.importProject(SCRIPTS, dir.resolve("migrations"), dir.resolve("retort.properties"));
            Optional<String> applied;
            try (Connection c = byFlyway.connect()) {
                applied = FlywayImporter.appliedRevision(c);
            }
            assertEquals(Optional.of("v10"), applied);
            try (Retort takeover = retort(byFlyway); Retort fresh = retort(byRetort)) {
                takeover.stamp(applied.get(), false);
                fresh.upgrade("head");
                assertEquals(reflect(dialect, byFlyway), reflect(dialect, byRetort), "Flyway's schema and Retort's");
                assertEquals(List.of(10000), tokens(byRetort), "the data scripts ran too");
                assertEquals(List.of("free"), planNames(byRetort), "R__plan_names.sql ran as a repeatable script");

                Files.writeString(dir.resolve("migrations/versions/v11_add_note.sql"), "-- revision: v11\n-- revises: v10\n"
                        + "-- message: add note\n\n-- upgrade\nALTER TABLE plans ADD COLUMN note VARCHAR(20);\n\n"
                        + "-- downgrade\nALTER TABLE plans DROP COLUMN note;\n");
                try (Retort next = retort(byFlyway)) {
                    // Retort has no record of Flyway's run of R__plan_names.sql: it applies it once (Flyway's
                    // repeatable scripts can run again by contract), then only when it changes.
                    assertEquals(List.of("upgrade v10 -> v11", "repeatable plan_names"), next.upgrade("head").steps()
                            .stream().map(dev.retort.MigrationStep::arrow).toList());
                    assertEquals(List.of("v11"), List.copyOf(next.status().current()), "Retort continues");
                    assertEquals(List.of(), next.upgrade("head").steps());
                    assertEquals(List.of("free"), planNames(byFlyway));
                }

                fresh.downgrade("v1_1");
                try (Connection c = byRetort.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "users", null)) {
                    assertEquals(false, rs.next(), "U2__users.sql ran as v2's downgrade");
                }
            }
        }
    }

    private Retort retort(TestDatabase db) {
        RetortBuilder b = Retort.builder().scriptLocation(dir.resolve("migrations")).cacheDir(dir.resolve("cache")).url(db.url());
        if (db.user() != null) {
            b.user(db.user()).password(db.password());
        }
        return b.build();
    }

    private static Schema reflect(Dialect dialect, TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return dialect.inspector().inspect(c, null, t -> !t.startsWith("flyway_") && !t.startsWith("retort_"));
        }
    }

    private static List<String> planNames(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM plan_names WHERE name = 'free'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static List<Integer> tokens(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT monthly_token_limit FROM plans WHERE name = 'free'")) {
            rs.next();
            return List.of(rs.getInt(1));
        }
    }
}
