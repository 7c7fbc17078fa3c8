package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's lock_timeout and statement_timeout per run and per script, and retries after a lock timeout:
 * DDL queued behind another connection's lock fails fast instead of stalling the table, and runs again once
 * the lock is released.
 */
class StatementTimeoutsTest {
    @TempDir
    Path dir;

    private void script(String id, String header, String upgrade) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/" + id + "_s.sql"), "-- revision: " + id + "\n" + header
                + "\n-- upgrade\n" + upgrade + "\n\n-- downgrade\nSELECT 1;\n");
    }

    private RetortBuilder builder(TestDatabase db) {
        return Retort.builder().scriptLocation(dir).url(db.url()).user(db.user()).password(db.password())
                .cacheDir(dir.resolve("cache"));
    }

    /** A connection holding an ACCESS EXCLUSIVE lock on {@code busy} until closed, as a long transaction would. */
    private static Connection lockBusyTable(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE busy (id INTEGER)");
        }
        Connection holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE");
        }
        return holder;
    }

    @Test
    void ddlBehindALockFailsFastAndTheVersionTableStaysPut() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection holder = lockBusyTable(db)) {
            script("a1", "", "ALTER TABLE busy ADD COLUMN c INTEGER;");
            try (Retort retort = builder(db).ddlLockTimeout(Duration.ofMillis(300)).build()) {
                long started = System.nanoTime();
                RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
                long ms = (System.nanoTime() - started) / 1_000_000;
                System.out.println("[figures] DDL behind a held lock failed after " + ms + " ms (lock_timeout 300ms)");
                assertTrue(ms < 5000, ms + " ms");
                assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
                assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
                assertEquals(List.of(), retort.current());
            }
        }
    }

    @Test
    void aScriptsOwnLockTimeoutWinsOverTheRunsAndAStatementTimeoutStopsASlowStatement() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection holder = lockBusyTable(db)) {
            script("a1", "-- lock-timeout: 200ms", "ALTER TABLE busy ADD COLUMN c INTEGER;");
            try (Retort retort = builder(db).ddlLockTimeout(Duration.ofMinutes(5)).build()) {
                long started = System.nanoTime();
                RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
                assertTrue((System.nanoTime() - started) / 1_000_000 < 5000);
                assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
            }
            holder.rollback();
            script("a1", "-- statement-timeout: 200ms", "SELECT pg_sleep(3);");
            try (Retort retort = builder(db).build()) {
                RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
                assertTrue(e.getMessage().contains("statement timeout"), e.getMessage());
            }
        }
    }

    @Test
    void aStepThatTimedOutOnALockRunsAgainOnceTheLockIsReleased() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection holder = lockBusyTable(db)) {
            script("a1", "", "ALTER TABLE busy ADD COLUMN c INTEGER;");
            List<String> notices = new CopyOnWriteArrayList<>();
            // The other transaction ends after the first failure, as a long report query finally would.
            MigrationListener listener = new MigrationListener() {
                @Override
                public void notice(String message) {
                    notices.add(message);
                    try {
                        holder.rollback();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            try (Retort retort = builder(db).ddlLockTimeout(Duration.ofMillis(200)).retries(10).listener(listener).build()) {
                retort.upgrade("head");
                assertEquals(List.of("a1"), retort.current().stream().map(RevisionInfo::id).toList());
            }
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).startsWith("retrying upgrade a1 (1 of 10): ")
                    && notices.get(0).contains("lock timeout"), notices.toString());
        }
    }

    @Test
    void withoutRetriesTheFirstLockTimeoutIsFinal() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection holder = lockBusyTable(db)) {
            script("a1", "", "ALTER TABLE busy ADD COLUMN c INTEGER;");
            try (Retort retort = builder(db).ddlLockTimeout(Duration.ofMillis(100)).build()) {
                assertThrows(RetortException.class, () -> retort.upgrade("head"));
            }
        }
    }
}
