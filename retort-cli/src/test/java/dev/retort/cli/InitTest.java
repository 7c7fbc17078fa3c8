package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort init} needs no engine: it only writes files. */
class InitTest {
    @TempDir
    Path dir;

    @Test
    void writesTheEnvironmentAndAConfigThatPointsAtIt() throws IOException {
        CliRun run = CliRun.run(dir, "init", "migrations");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                Creating directory migrations ... done
                Creating directory migrations/versions ... done
                Generating migrations/script.java.template ... done
                Generating migrations/script.sql.template ... done
                Generating migrations/README.md ... done
                Generating retort.properties ... done
                Please edit the database url in retort.properties before proceeding.
                Generating .gitignore ... done
                """, run.err());
        assertEquals("*.retort-lock\n", Files.readString(dir.resolve(".gitignore")));
        assertEquals("", run.out());
        assertTrue(Files.isDirectory(dir.resolve("migrations/versions")));
        RetortConfig config = RetortConfig.load(dir.resolve("retort.properties"), Map.of());
        assertEquals(dir.resolve("migrations"), config.scriptLocation());
        assertEquals("jdbc:sqlite:retort.db", config.url());
        assertEquals("java", config.revisionFormat());
        assertEquals("retort_version", config.versionTable());
    }

    @Test
    void formatAndConfigLocation() throws IOException {
        CliRun run = CliRun.run(dir, "init", "db/migrations", "--format", "sql", "-c", "db/app.properties", "-q");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        RetortConfig config = RetortConfig.load(dir.resolve("db/app.properties"), Map.of());
        assertEquals(dir.resolve("db/migrations"), config.scriptLocation());
        assertEquals("sql", config.revisionFormat());
        assertTrue(Files.readString(dir.resolve("db/app.properties")).contains("script_location = migrations\n"));
    }

    @Test
    void refusesANonEmptyFolderAndKeepsAnExistingConfig() throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/x"), "");
        CliRun run = CliRun.run(dir, "init", "migrations");
        assertEquals(1, run.status());
        assertEquals("ERROR: directory migrations already exists and is not empty; pick another name or remove it\n", run.err());

        Files.writeString(dir.resolve("retort.properties"), "script_location = old\n");
        CliRun second = CliRun.run(dir, "init", "other");
        assertEquals(0, second.status(), second.err());
        assertTrue(second.err().contains("File retort.properties already exists, skipping; set script_location = other in it"),
                second.err());
        assertEquals("script_location = old\n", Files.readString(dir.resolve("retort.properties")));
    }

    @Test
    void aReadOnlyFolderFailsWithoutClaimingAnythingWasDone() throws IOException {
        java.nio.file.Path locked = Files.createDirectories(dir.resolve("locked"));
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked),
                "the folder cannot be made read-only for this user (root)");
        try {
            CliRun run = CliRun.run(locked, "init", "migrations");
            assertEquals(1, run.status(), run.all());
            assertEquals("ERROR: cannot create " + locked.resolve("migrations") + ": permission denied ("
                    + locked.resolve("migrations") + ")\n", run.err());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }
}
