package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --autogenerate} and {@code check}: options, configuration and guards (on SQLite). */
class AutogenerateCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void init() {
        assertEquals(0, CliRun.run(dir, "init", "-q", "migrations").status());
    }

    private long scripts() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.count();
        }
    }

    @Test
    void withoutModelsBothCommandsNameTheKeysAndTheOptions() throws IOException {
        for (String[] args : new String[][] {{"check"}, {"revision", "--autogenerate", "-m", "x"}}) {
            CliRun run = CliRun.run(dir, args);
            assertEquals(1, run.status(), run.all());
            assertEquals("ERROR: no models to compare the database with; set model_classpath and either model_packages "
                    + "(JPA entities) or model_class (a SchemaDefinition) in retort.properties, or pass --model-classpath "
                    + "with --model-packages or --model-class\n", run.err());
        }
        assertEquals(0, scripts());
    }

    @Test
    void bothAModelClassAndPackagesIsAConfigError() {
        CliRun run = CliRun.run(dir, "check", "--model-class", "AppSchema", "--model-packages", "com.example");
        assertEquals(1, run.status(), run.all());
        assertTrue(run.err().startsWith("ERROR: both model_packages and model_class are set"), run.err());
    }

    @Test
    void optionsOverrideTheFile() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "model_class = FromFile\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.run(dir, "revision", "--autogenerate", "-m", "x", "--model-packages", "com.example.none");
        // model_packages from the option replaces the file's model_class; the database (at base, no scripts) is up
        // to date, so the next step is reading the models: JPA entities need retort-jpa on the class path.
        assertTrue(!run.err().contains("FromFile"), run.all());
        assertEquals(0, scripts());
    }

    @Test
    void behindTheHeadNothingIsWritten() throws IOException {
        assertEquals(0, CliRun.run(dir, "revision", "-q", "-m", "first").status());
        CliRun run = CliRun.run(dir, "revision", "--autogenerate", "-m", "second", "--model-class", "AppSchema");
        assertEquals(1, run.status(), run.all());
        assertTrue(run.err().startsWith("ERROR: Target database is not up to date; run 'retort upgrade head' first"),
                run.err());
        assertEquals(1, scripts());
        CliRun check = CliRun.run(dir, "check", "--model-class", "AppSchema");
        assertEquals(1, check.status());
        assertEquals("", check.out());
    }

    @Test
    void allowEmptyGoesWithAutogenerate() {
        CliRun run = CliRun.run(dir, "revision", "-m", "x", "--allow-empty");
        assertEquals(2, run.status(), run.all());
        assertTrue(run.err().startsWith("--allow-empty goes with --autogenerate"), run.err());
    }

    @Test
    void autogenerateWritesJavaOnly() throws IOException {
        CliRun run = CliRun.run(dir, "revision", "--autogenerate", "-m", "x", "--format", "sql", "--model-class", "A");
        assertEquals(1, run.status(), run.all());
        assertEquals("ERROR: autogenerate writes Java scripts, not sql; leave out --format\n", run.err());
        assertEquals(0, scripts());
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.run(dir, "check", "--help");
        for (String option : new String[] {"--model-classpath", "--model-packages", "--model-class", "--include-tables",
                "--exclude-tables", "--schema"}) {
            assertTrue(run.out().contains(option), run.out());
        }
    }
}
