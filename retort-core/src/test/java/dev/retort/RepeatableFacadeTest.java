package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeatable scripts packaged on the class path ({@code db/migrations/repeatable/}), through the public API. */
class RepeatableFacadeTest {
    @TempDir
    Path dir;

    @Test
    void classpathRepeatablesRunAfterTheRevisionsAndShowInStatusAndResults() throws Exception {
        Path root = dir.resolve("classes");
        Path versions = Files.createDirectories(root.resolve("db/migrations"));
        Files.writeString(versions.resolve("a1_plans.sql"), """
                -- revision: a1

                -- upgrade
                CREATE TABLE plans (name VARCHAR(20));

                -- downgrade
                DROP TABLE plans;
                """);
        Path repeatable = Files.createDirectories(versions.resolve("repeatable"));
        Files.writeString(repeatable.resolve("plan_names.sql"),
                "DROP VIEW IF EXISTS plan_names;\nCREATE VIEW plan_names AS SELECT name FROM ${schema_prefix}plans;\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
             TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = Retort.builder().classpathLocation("db/migrations").classLoader(loader).url(db.url())
                     .arguments(Map.of("schema_prefix", "")).build()) {
            assertEquals(List.of("plan_names"), retort.status().repeatables());
            assertFalse(retort.status().upToDate());
            StringBuilder sql = new StringBuilder();
            retort.upgradeSql("head", sql);
            assertTrue(sql.toString().endsWith("-- Running repeatable plan_names\nBEGIN;\nDROP VIEW IF EXISTS plan_names;\n"
                    + "CREATE VIEW plan_names AS SELECT name FROM plans;\nCOMMIT;\n\n"), sql.toString());

            MigrationResult result = retort.upgrade("head");
            assertEquals(List.of("upgrade <base> -> a1", "repeatable plan_names"),
                    result.steps().stream().map(MigrationStep::arrow).toList());
            assertTrue(retort.status().upToDate());
            assertTrue(retort.upgrade("head").isEmpty());
            RevisionStatus last = retort.revisionStatus().get(1);
            assertEquals(List.of("plan_names", "applied", "true"),
                    List.of(last.id(), last.state().word(), String.valueOf(last.repeatable())));
            HistoryRow row = retort.appliedHistory().get(1);
            assertEquals(List.of("plan_names", "repeatable", "2/2"),
                    List.of(row.revision(), row.kind().column(), row.statementsDone() + "/" + row.statementsTotal()));
        }
    }
}
