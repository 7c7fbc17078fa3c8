package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.RetortTables;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The migration-lock contract on each real database: a held lock turns a second taker away with LOCKED
 * once its timeout passes, and is granted to it after release. A database no other process can reach (the
 * tests' in-memory H2) needs no lock and gets {@link MigrationLock#NONE}.
 */
class LockContractTest extends EachDialect {
    private static final String TABLE = RetortTables.VERSION_TABLE;

    @Test
    void aHeldLockTurnsASecondTakerAwayUntilItIsReleased() throws Exception {
        Dialect d = Dialects.forName(dialect);
        boolean reachable = TestDatabases.sharedWithOtherProcesses().anyMatch(dialect::equals);
        try (TestDatabase db = database(); Connection holder = db.connect(); Connection other = db.connect()) {
            MigrationLock held = d.lock(holder, null, TABLE, Duration.ofSeconds(2));
            if (!reachable) {
                assertSame(MigrationLock.NONE, held);
                return;
            }
            long started = System.nanoTime();
            RetortException e = assertThrows(RetortException.class,
                    () -> d.lock(other, null, TABLE, Duration.ofMillis(300)));
            assertEquals(ErrorCode.LOCKED, e.code());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 250, "waited for the timeout");
            assertTrue(e.getMessage().contains("holds the migration lock"), e.getMessage());
            held.close();
            try (MigrationLock again = d.lock(other, null, TABLE, Duration.ofSeconds(2))) {
                assertTrue(again != MigrationLock.NONE);
            }
        }
    }
}
