package dev.retort.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deploys as they happen: many replicas migrating at once, and a process killed mid-migration. Each
 * runs real {@code retort} JVMs against the real servers.
 */
class DeployProcessesTest {
    private static final int PROCESSES = 16;
    private static final int REVISIONS = 50;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#servers")
    void sixteenProcessesApplyFiftyRevisionsExactlyOnce(String dialect) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project project = new Project(dir, db);
            for (int n = 1; n <= REVISIONS; n++) {
                project.sql(n, "CREATE TABLE t_" + n + " (id INTEGER);\nINSERT INTO t_" + n + " VALUES (" + n + ");",
                        "DROP TABLE t_" + n + ";", true);
            }
            long started = System.nanoTime();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                processes.add(project.start("p" + i, "upgrade", "head", "--lock-timeout", "120s"));
            }
            for (int i = 0; i < PROCESSES; i++) {
                int status = Project.await(processes.get(i), 180);
                assertEquals(0, status, "process " + i + ": " + project.output("p" + i));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("[figures] " + PROCESSES + " processes, upgrade head of " + REVISIONS + " revisions on "
                    + dialect + ": " + millis + " ms");

            List<String> applied = project.query("SELECT revision, COUNT(*) FROM retort_history WHERE direction = 'upgrade' "
                    + "AND success = TRUE GROUP BY revision ORDER BY revision");
            assertEquals(REVISIONS, applied.size(), applied.toString());
            for (int n = 1; n <= REVISIONS; n++) {
                assertEquals(Project.id(n) + "|1", applied.get(n - 1));
            }
            assertEquals(List.of(String.valueOf(REVISIONS)), project.query("SELECT COUNT(*) FROM retort_history"));
            assertEquals(List.of(Project.id(REVISIONS)), project.query("SELECT version_num FROM retort_version"));
            int ran = 0;
            for (int i = 0; i < PROCESSES; i++) {
                String out = project.output("p" + i);
                assertFalse(out.contains("ERROR"), out);
                ran += out.lines().filter(l -> l.startsWith("Running upgrade")).count();
            }
            assertEquals(REVISIONS, ran, "every revision ran in exactly one process");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#servers")
    void aProcessKilledMidMigrationLeavesAStateTheNextUpgradeHandles(String dialect) throws Exception {
        boolean pg = dialect.equals("postgresql");
        String sleep = pg ? "SELECT pg_sleep(2)" : "SELECT SLEEP(2)";
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project project = new Project(dir, db);
            project.sql(1, "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;", true);
            project.sql(2, "CREATE TABLE t2 (id INTEGER);\n" + sleep + ";\nCREATE TABLE t3 (id INTEGER);",
                    "DROP TABLE t3;\nDROP TABLE t2;", true);
            Process victim = project.start("victim", "upgrade", "head");
            awaitSleeping(project, pg);
            victim.destroyForcibly(); // SIGKILL
            Project.await(victim, 10);

            if (pg) {
                Project.Run next = project.run("upgrade", "head");
                assertEquals(0, next.status(), next.toString());
                assertEquals(List.of(Project.id(2)), project.query("SELECT version_num FROM retort_version"));
                assertEquals(List.of(Project.id(1) + "|upgrade|true", Project.id(2) + "|upgrade|true"),
                        project.query("SELECT revision, direction, success FROM retort_history ORDER BY id"));
                assertTrue(project.tableExists("t3"));
                return;
            }
            // MariaDB committed the first CREATE TABLE: the history row says exactly how far it got.
            assertEquals(List.of(Project.id(1) + "|1|true", Project.id(2) + "|1|false"),
                    project.query("SELECT revision, statements_done, success FROM retort_history ORDER BY id"));
            Project.Run refused = project.run("upgrade", "head");
            assertEquals(1, refused.status(), refused.toString());
            assertEquals(2, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("Database: "), refused.err());
            assertTrue(refused.err().lines().skip(1).findFirst().orElseThrow().startsWith("ERROR: the upgrade of revision "
                    + Project.id(2) + " (")
                    && refused.err().contains("1 of 3 statement(s) committed, then the process running it died")
                    && refused.err().contains("--resume' to continue at statement 2"), refused.err());
            assertEquals(List.of(Project.id(1)), project.query("SELECT version_num FROM retort_version"));
            assertTrue(project.tableExists("t2"));
            assertFalse(project.tableExists("t3"));

            Project.Run resumed = project.run("upgrade", "head", "--resume");
            assertEquals(0, resumed.status(), resumed.toString());
            assertTrue(project.tableExists("t3"));
            assertEquals(List.of(Project.id(2)), project.query("SELECT version_num FROM retort_version"));
            assertEquals(List.of(Project.id(2) + "|3|3|true"), project.query("SELECT revision, statements_done, "
                    + "statements_total, success FROM retort_history WHERE id = 3"));
        }
    }

    /** Waits until the victim's migration is in its sleep statement. */
    private static void awaitSleeping(Project project, boolean pg) throws Exception {
        String sql = pg ? "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(2)%' AND state = 'active'"
                : "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(2)%'";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (project.query(sql).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the migration never reached its sleep: " + project.output("victim"));
            }
            Thread.sleep(50);
        }
    }
}
