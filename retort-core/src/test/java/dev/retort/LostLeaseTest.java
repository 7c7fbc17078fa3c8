package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lease taken over while its holder migrates (another process rewrote the lock row, as a takeover after a
 * network partition does): the holder's heartbeat finds it lost and the migration stops at its next statement.
 * In a transaction nothing of the step stays; without one, what committed before stays and the history row says
 * how far it got. Either way no later statement runs and the version table does not move.
 */
class LostLeaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLeaseTakenOverMidMigrationStopsItBeforeItsNextStatement(boolean transactional) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/a1_slow.sql"), "-- revision: a1\n-- transactional: " + transactional
                + "\n-- upgrade\nCREATE TABLE first_t (id INTEGER);\nSELECT pg_sleep(1.5);\nCREATE TABLE second_t (id INTEGER);\n"
                + "-- downgrade\nDROP TABLE second_t;\nDROP TABLE first_t;\n");
        try (TestDatabase db = TestDatabases.postgres()) {
            List<String> notices = new ArrayList<>();
            Retort retort = Retort.builder().scriptLocation(dir).cacheDir(dir.resolve("cache")).url(db.url())
                    .user(db.user()).versionTableSchema(db.name()).lockStrategy(LockStrategy.LEASE)
                    .leaseDuration(Duration.ofMillis(600)).listener(new MigrationListener() {
                        @Override
                        public void notice(String message) {
                            notices.add(message);
                        }
                    }).build();
            Thread intruder = new Thread(() -> takeOver(db));
            intruder.start();
            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            intruder.join();
            retort.close();
            assertTrue(e.getMessage().contains("lost the migration lock lease"), e.getMessage());
            assertTrue(notices.stream().anyMatch(n -> n.contains("lost the migration lock lease")), notices.toString());
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertEquals(!transactional, exists(s, db.name(), "first_t"), "what committed before the takeover");
                assertEquals(false, exists(s, db.name(), "second_t"), "no statement ran after the lease was lost");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + db.name() + ".retort_version")) {
                    assertTrue(!rs.next() || rs.getInt(1) == 0, "the version table did not move");
                } catch (java.sql.SQLException tableAbsent) {
                    assertTrue(transactional, "only a rolled-back first step leaves no version table");
                }
            }
        }
    }

    /** Waits for the lease row, then rewrites its owner, as a process that took it over would. */
    private static void takeOver(TestDatabase db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (exists(s, db.name(), "retort_lock") && s.executeUpdate("UPDATE " + db.name()
                        + ".retort_lock SET owner = 'retort-intruder', host = 'elsewhere', renewals = 0") == 1) {
                    return;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exists(Statement s, String schema, String table) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                + schema + "' AND table_name = '" + table + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
