package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors that come from the engine: the database's refusal, with the password hidden in every URL form. */
class EngineErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableDatabaseIsAnErrorThatHidesThePassword() throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n");
        for (String url : new String[] {"postgresql://u:s3cret@127.0.0.1:1/db", "jdbc:postgresql://127.0.0.1:1/db?password=s3cret",
                "jdbc:postgresql://u:s3cret@127.0.0.1:1/db", "jdbc:mariadb://u:s3cret@127.0.0.1:1/db"}) {
            CliRun run = CliRun.run(dir, Map.of(), "current", "--url", url);
            assertEquals(1, run.status(), run.err());
            assertTrue(run.err().startsWith("ERROR: "), run.err());
            assertFalse(run.all().contains("s3cret"), run.all());
        }
    }
}
