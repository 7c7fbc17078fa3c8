package dev.retort.command;

import dev.retort.MigrationListener;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The migration connection, opened on a thread of its own while the caller reads the scripts and builds the
 * graph: on two cores a deploy's no-op hides the connection's set-up (the driver's start, the server's
 * authentication, the first catalog round trips) behind reading the script headers. A failure to connect is the
 * caller's when it takes the connection, so each error comes where it came before.
 *
 * <pre>{@code
 * ConnectionPrefetch early = ConnectionPrefetch.start(target::connect, Duration.ofSeconds(30), listener);
 * ScriptDirectory scripts = ScriptDirectory.open(...);   // meanwhile
 * Connection connection = early.take();                  // or early.abandon()
 * }</pre>
 */
final class ConnectionPrefetch {
    /** How long {@link #abandon()} waits for an attempt under way (a file database's open, a refused port). */
    private static final long SETTLE_MS = 1000;

    private final FutureTask<Connection> task;
    private final Thread thread;
    private volatile boolean abandoned;

    private ConnectionPrefetch(Supplier<Connection> attempt, Duration wait, MigrationListener listener) {
        this.task = new FutureTask<>(() -> {
            Connection connection = ConnectionWait.connect(() -> {
                if (abandoned) {
                    throw new RetortException(ErrorCode.CONNECTION, "the connection is no longer needed");
                }
                return attempt.get();
            }, wait, listener);
            if (abandoned) {
                closeQuietly(connection);
                return null;
            }
            return connection;
        });
        this.thread = new Thread(task, "retort-connect");
        thread.setDaemon(true);
    }

    /**
     * Starts opening a connection on a daemon thread named {@code retort-connect}, as {@link ConnectionWait} does
     * ({@code wait}: how long to retry a database that is not up yet).
     */
    static ConnectionPrefetch start(Supplier<Connection> attempt, Duration wait, MigrationListener listener) {
        ConnectionPrefetch prefetch = new ConnectionPrefetch(attempt, wait, listener);
        prefetch.thread.start();
        return prefetch;
    }

    /** The connection, once open; what stopped it from opening, as it was thrown. */
    Connection take() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new RetortException(ErrorCode.CONNECTION, "cannot connect: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(ErrorCode.CONNECTION, "interrupted while connecting to the database", e);
        }
    }

    /**
     * Closes the connection: the caller ended before it needed it. An attempt under way is let finish (a driver
     * interrupted mid-open can leave a file half made), up to a second, and closes what it opened; no retry follows.
     */
    void abandon() {
        abandoned = true;
        try {
            thread.join(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (task.isDone()) {
            try {
                Connection connection = task.get();
                if (connection != null) {
                    closeQuietly(connection);
                }
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // Nothing opened.
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Never used: nothing to keep.
        }
    }
}
