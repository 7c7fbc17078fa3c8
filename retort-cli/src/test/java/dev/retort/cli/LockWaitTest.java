package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.MigrationLock;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code upgrade} while another process holds the migration lock, through the command line: it says who holds it
 * and how long it will wait, then either that it got it (and after how long) or, at the timeout, names the holder.
 */
class LockWaitTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aWaitingUpgradeSaysWhoHoldsTheLockAndHowLongItWaited(String dialect) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Map<String, String> env = Map.of("RETORT_URL", db.user() == null ? db.url()
                    : db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + db.user());
            assertEquals(0, CliRun.run(dir, env, "init", "-q", "migrations", "--format", "sql").status());
            Files.writeString(dir.resolve("migrations/versions/aaaaaaaaaaaa_t.sql"), "-- revision: aaaaaaaaaaaa\n"
                    + "-- message: t\n\n-- upgrade\nCREATE TABLE t (id INTEGER);\n\n-- downgrade\nDROP TABLE t;\n");

            CliRun timedOut;
            try (Connection holder = db.connect();
                 MigrationLock held = Dialects.forName(dialect).lock(holder, null, "retort_version", Duration.ofSeconds(5))) {
                timedOut = CliRun.run(dir, env, "upgrade", "head", "--lock-timeout", "700ms");
            }
            assertEquals(1, timedOut.status(), timedOut.all());
            assertTrue(timedOut.err().contains("Waiting for the migration lock ("), timedOut.err());
            assertTrue(timedOut.err().contains("), up to 700 ms\n"), timedOut.err());
            assertTrue(timedOut.err().contains("ERROR: another Retort process holds the migration lock"), timedOut.err());

            CliRun waited;
            try (Connection holder = db.connect()) {
                MigrationLock held = Dialects.forName(dialect).lock(holder, null, "retort_version", Duration.ofSeconds(5));
                CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                        () -> CliRun.run(dir, env, "upgrade", "head", "--lock-timeout", "60s"));
                Thread.sleep(1500);
                held.close();
                waited = run.get();
            }
            assertEquals(0, waited.status(), waited.all());
            assertTrue(waited.err().matches("(?s).*Waiting for the migration lock \\(.+\\), up to 1m00s\n"
                    + "Got the migration lock after \\d.*Running upgrade <base> -> aaaaaaaaaaaa, t .*"), waited.err());
        }
    }
}
