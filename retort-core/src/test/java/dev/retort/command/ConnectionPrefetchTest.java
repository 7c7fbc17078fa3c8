package dev.retort.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.MigrationListener;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration connection opened while a command reads its scripts, on a real SQLite file. */
class ConnectionPrefetchTest {
    @TempDir Path dir;

    @Test
    void takeGivesTheConnectionItOpened() throws Exception {
        ConnectionPrefetch early = ConnectionPrefetch.start(() -> open("a.db"), Duration.ZERO, MigrationListener.NONE);
        try (Connection connection = early.take()) {
            assertTrue(connection.isValid(1));
        }
    }

    /** A command that fails before it needs the database must not leave it opening after the command ended. */
    @Test
    void abandonLetsTheAttemptUnderWayEndAndClosesWhatItOpened() throws Exception {
        AtomicReference<Connection> opened = new AtomicReference<>();
        CountDownLatch underWay = new CountDownLatch(1);
        ConnectionPrefetch early = ConnectionPrefetch.start(() -> {
            underWay.countDown();
            sleep(300);
            Connection connection = open("b.db");
            opened.set(connection);
            return connection;
        }, Duration.ZERO, MigrationListener.NONE);
        assertTrue(underWay.await(5, TimeUnit.SECONDS));
        early.abandon();
        assertNotNull(opened.get(), "abandon() returned while the attempt was still opening the database");
        assertTrue(opened.get().isClosed(), "the connection nobody took is closed");
    }

    @Test
    void takeThrowsWhatStoppedTheConnection() {
        RetortException refused = new RetortException(ErrorCode.CONNECTION, "cannot connect to jdbc:x: refused");
        ConnectionPrefetch early = ConnectionPrefetch.start(() -> {
            throw refused;
        }, Duration.ZERO, MigrationListener.NONE);
        RetortException e = assertThrows(RetortException.class, early::take);
        assertSame(refused, e);
        assertEquals(ErrorCode.CONNECTION, e.code());
    }

    private Connection open(String file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(file));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
