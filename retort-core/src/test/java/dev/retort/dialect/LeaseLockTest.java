package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialects.Dialects;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.RetortTables;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease lock on each database other processes can reach: a live lease turns a second taker away naming
 * its holder, a lease whose heartbeat stopped is taken over (the old holder named), and a released one is
 * free at once. Processes killed with SIGKILL are in retort-cli's LeaseDeployTest.
 */
class LeaseLockTest {
    private static final String TABLE = RetortTables.VERSION_TABLE;
    private static final Duration LEASE = Duration.ofMillis(600);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#sharedWithOtherProcesses")
    void aLiveLeaseIsNeverOvertakenAndTurnsASecondTakerAwayNamingItsHolder(String dialect) throws Exception {
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase db = TestDatabases.of(dialect, dir); Connection holder = db.connect();
             Connection other = db.connect()) {
            LeaseLock held = LeaseLock.acquire(d, holder, null, TABLE, Duration.ofSeconds(2), LEASE, m -> { });
            List<String> notices = new ArrayList<>();
            long started = System.nanoTime();
            // Four lease durations: the heartbeat keeps the lease alive throughout.
            RetortException e = assertThrows(RetortException.class,
                    () -> LeaseLock.acquire(d, other, null, TABLE, LEASE.multipliedBy(4), LEASE, notices::add));
            assertEquals(ErrorCode.LOCKED, e.code());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= LEASE.multipliedBy(4).toMillis() - 50);
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertEquals(List.of(), notices);
            assertFalse(held.lost());
            held.close();
            assertEquals(List.of(), rows(db));
            try (LeaseLock again = LeaseLock.acquire(d, other, null, TABLE, Duration.ofSeconds(1), LEASE, notices::add)) {
                assertEquals(1, rows(db).size());
            }
            assertEquals(List.of(), notices);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#sharedWithOtherProcesses")
    void aLeaseWhoseHeartbeatStoppedIsTakenOverNamingTheOldHolder(String dialect) throws Exception {
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase db = TestDatabases.of(dialect, dir); Connection dead = db.connect();
             Connection next = db.connect()) {
            LeaseLock.LeaseTable table = new LeaseLock.LeaseTable(d, null);
            table.ensure(dead);
            LeaseLock.Holder gone = new LeaseLock.Holder("retort-deadbeef0000", "elsewhere", 4242, 0);
            assertTrue(table.insert(dead, TABLE, gone, LEASE), "a row no heartbeat renews, as a killed process leaves");
            List<String> notices = new ArrayList<>();
            long started = System.nanoTime();
            try (LeaseLock lock = LeaseLock.acquire(d, next, null, TABLE, Duration.ofSeconds(10), LEASE, notices::add)) {
                long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertTrue(waited >= LEASE.toMillis(), "took over only after a whole lease: " + waited + " ms");
                assertEquals(1, notices.size(), notices.toString());
                assertTrue(notices.get(0).startsWith("took over the migration lock lease of retort-deadbeef0000 "
                        + "(host elsewhere, pid 4242)"), notices.get(0));
                assertFalse(rows(db).get(0).startsWith("retort-deadbeef0000"), rows(db).toString());
            }
        }
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT owner, pid FROM retort_lock")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getLong(2));
            }
        }
        return rows;
    }
}
