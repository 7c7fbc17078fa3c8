package dev.retort.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade head --wait 60s} started 10 s before the database comes up (both servers at once, to save time). */
class WaitForDatabaseTest {
    private static final long LATE_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void upgradeWaitsForADatabaseThatComesUpLate() throws Exception {
        try (TestDatabase pg = TestDatabases.postgres(); TestDatabase maria = TestDatabases.mariadb()) {
            CompletableFuture<String> onPg = CompletableFuture.supplyAsync(() -> lateUpgrade(pg, 5432, "pg"));
            CompletableFuture<String> onMaria = CompletableFuture.supplyAsync(() -> lateUpgrade(maria, 3306, "maria"));
            for (String failure : List.of(onPg.get(), onMaria.get())) {
                assertEquals("", failure);
            }
        }
    }

    /** Empty when the upgrade waited and succeeded, else what went wrong. */
    private String lateUpgrade(TestDatabase db, int realPort, String name) {
        try (LateProxy proxy = LateProxy.start(realPort, LATE_MS)) {
            Path folder = Files.createDirectories(dir.resolve(name));
            Project project = new Project(folder, db);
            project.sql(1, "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;", true);
            String url = Project.url(db).replace(":" + realPort + "/", ":" + proxy.port() + "/");
            long started = System.nanoTime();
            Project.Run run = project.run(Map.of("RETORT_URL", url), "upgrade", "head", "--wait", "60s");
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("[figures] --wait on " + db.dialect() + ": succeeded after " + millis + " ms");
            if (run.status() != 0 || millis < LATE_MS || !run.err().contains("Waiting for the database (attempt 1")
                    || !run.err().contains("Running upgrade <base> -> " + Project.id(1))) {
                return db.dialect() + " after " + millis + " ms: " + run;
            }
            assertTrue(project.tableExists("t1"));
            return "";
        } catch (Exception e) {
            return db.dialect() + ": " + e;
        }
    }
}
