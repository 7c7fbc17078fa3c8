package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An empty URL that was given ({@code RETORT_URL=}, {@code DATABASE_URL=}) is an error, never a reason to fall back
 * to the next source: the deploy would otherwise migrate the file's local SQLite database and report success.
 */
class EmptyUrlTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"RETORT_URL", "DATABASE_URL"})
    void anEmptyVariableIsAnErrorNotAFallBackToTheFile(String variable) throws IOException {
        assertEquals(0, CliRun.run(dir, "init", "-q", "migrations").status());
        CliRun run = CliRun.run(dir, Map.of(variable, ""), "upgrade", "head");
        assertEquals(1, run.status(), run.all());
        assertEquals("ERROR: empty database URL (" + variable + " is set but empty): unset it, or set it to the database URL; "
                + "Retort does not fall back to another URL when the one given is empty\n", run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("retort.db")), "the file's SQLite database was not touched");
    }
}
