package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
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
 * ConnectionPrefetch early = ConnectionPrefetch.start(() -> target.connect());
 * ScriptDirectory scripts = ScriptDirectory.open(...);   // meanwhile
 * Connection connection = early.take();                  // or early.abandon()
 * }</pre>
 */
final class ConnectionPrefetch {
    private final FutureTask<Connection> task;
    private boolean abandoned;

    private ConnectionPrefetch(Supplier<Connection> open) {
        this.task = new FutureTask<>(() -> {
            Connection connection = open.get();
            synchronized (this) {
                if (abandoned) {
                    closeQuietly(connection);
                    return null;
                }
            }
            return connection;
        });
    }

    /** Starts opening a connection on a daemon thread named {@code retort-connect}. */
    static ConnectionPrefetch start(Supplier<Connection> open) {
        ConnectionPrefetch prefetch = new ConnectionPrefetch(open);
        Thread thread = new Thread(prefetch.task, "retort-connect");
        thread.setDaemon(true);
        thread.start();
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

    /** Closes the connection, now or when it opens: the caller ended before it needed it. */
    void abandon() {
        synchronized (this) {
            abandoned = true;
        }
        if (!task.isDone()) {
            task.cancel(true); // stops a --wait between attempts; an attempt under way closes what it opens
            return;
        }
        try {
            Connection connection = task.get();
            if (connection != null) {
                closeQuietly(connection);
            }
        } catch (ExecutionException | RuntimeException e) {
            // Nothing opened.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
