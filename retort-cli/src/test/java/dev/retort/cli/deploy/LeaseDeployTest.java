package dev.retort.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deploys with {@code lock_strategy = lease} (as on CockroachDB, YugabyteDB, TiDB or Galera, where it is chosen
 * by itself), run against the real PostgreSQL and MariaDB: many replicas, a holder killed with SIGKILL, a holder
 * that is only slow. Leases are a second long so that the tests are quick.
 */
class LeaseDeployTest {
    private static final int PROCESSES = 16;
    private static final int REVISIONS = 20;

    @TempDir
    Path dir;

    private Project leaseProject(TestDatabase db, String lease) throws Exception {
        Project project = new Project(dir, db);
        Files.writeString(dir.resolve("retort.properties"), "lock_strategy = lease\nlock_lease = " + lease + "\n",
                StandardOpenOption.APPEND);
        return project;
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#servers")
    void sixteenProcessesApplyEachRevisionExactlyOnce(String dialect) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project project = leaseProject(db, "2s");
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
                assertEquals(0, Project.await(processes.get(i), 180), "process " + i + ": " + project.output("p" + i));
            }
            System.out.println("[figures] " + PROCESSES + " processes with a lease lock, upgrade head of " + REVISIONS
                    + " revisions on " + dialect + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
            List<String> applied = project.query("SELECT revision, COUNT(*) FROM retort_history WHERE direction = 'upgrade' "
                    + "GROUP BY revision ORDER BY revision");
            assertEquals(REVISIONS, applied.size(), applied.toString());
            for (int n = 1; n <= REVISIONS; n++) {
                assertEquals(Project.id(n) + "|1", applied.get(n - 1));
            }
            assertEquals(List.of(Project.id(REVISIONS)), project.query("SELECT version_num FROM retort_version"));
            int ran = 0;
            for (int i = 0; i < PROCESSES; i++) {
                String out = project.output("p" + i);
                assertFalse(out.contains("ERROR") || out.contains("took over"), out);
                ran += out.lines().filter(l -> l.startsWith("Running upgrade")).count();
            }
            assertEquals(REVISIONS, ran, "every revision ran in exactly one process");
            assertEquals(List.of(), project.query("SELECT owner FROM retort_lock"), "every lease released");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#servers")
    void aHolderKilledWithSigkillIsTakenOverAfterItsLeaseExpires(String dialect) throws Exception {
        boolean pg = dialect.equals("postgresql");
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project project = leaseProject(db, "1s");
            project.sql(1, "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;", true);
            project.sql(2, (pg ? "SELECT pg_sleep(2)" : "SELECT SLEEP(2)") + ";\nCREATE TABLE t2 (id INTEGER);",
                    "DROP TABLE t2;", true);
            Process victim = project.start("victim", "upgrade", "head");
            awaitSleeping(project, pg);
            long pid = victim.pid();
            victim.destroyForcibly(); // SIGKILL: no release, no last heartbeat
            Project.await(victim, 10);
            assertEquals(List.of(String.valueOf(pid)), project.query("SELECT pid FROM retort_lock"), "the dead holder's row");

            long started = System.nanoTime();
            // MariaDB cannot roll DDL back, so Retort refuses to guess after a death mid-revision: --resume says
            // to continue at the first statement not committed (here the first), as DeployProcessesTest shows.
            Project.Run next = pg ? project.run("upgrade", "head", "--lock-timeout", "30s")
                    : project.run("upgrade", "head", "--lock-timeout", "30s", "--resume");
            long waited = (System.nanoTime() - started) / 1_000_000;
            System.out.println("[figures] lease of a killed holder taken over on " + dialect + " after " + waited + " ms");
            assertEquals(0, next.status(), next.toString());
            assertTrue(next.err().contains("took over the migration lock lease of retort-")
                    && next.err().contains("pid " + pid + ")"), next.err());
            assertEquals(List.of(Project.id(2)), project.query("SELECT version_num FROM retort_version"));
            assertTrue(project.tableExists("t2"));
            assertEquals(List.of(), project.query("SELECT owner FROM retort_lock"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#servers")
    void aSlowHolderWhoseHeartbeatLivesIsNeverOvertaken(String dialect) throws Exception {
        boolean pg = dialect.equals("postgresql");
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            Project project = leaseProject(db, "1s");
            project.sql(1, "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;", true);
            // Four lease durations in one statement: only the heartbeat keeps the lease.
            project.sql(2, (pg ? "SELECT pg_sleep(2)" : "SELECT SLEEP(2)") + ";\n"
                    + (pg ? "SELECT pg_sleep(2)" : "SELECT SLEEP(2)") + ";\nCREATE TABLE t2 (id INTEGER);",
                    "DROP TABLE t2;", true);
            Process slow = project.start("slow", "upgrade", "head");
            awaitSleeping(project, pg);
            Project.Run waiter = project.run("upgrade", "head", "--lock-timeout", "60s");
            assertEquals(0, Project.await(slow, 60), project.output("slow"));
            assertEquals(0, waiter.status(), waiter.toString());
            assertFalse(waiter.out().contains("took over") || waiter.out().contains("Running upgrade"), waiter.out());
            assertFalse(project.output("slow").contains("lost the migration lock"), project.output("slow"));
            assertEquals(List.of(Project.id(1) + "|1", Project.id(2) + "|1"), project.query("SELECT revision, COUNT(*) "
                    + "FROM retort_history GROUP BY revision ORDER BY revision"));
        }
    }

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
