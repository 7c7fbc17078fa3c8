package dev.retort.command;

import dev.retort.error.RetortException;
import dev.retort.MigrationListener;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code --wait}: retries the first connection with exponential backoff (250 ms doubling, at most 2 s
 * apart) until the database answers or the wait is over. Only failures that a database coming up
 * produces are retried: a refused or unreachable port, an unknown host (a container's name not yet in
 * DNS), "the database system is starting up", too many connections. A wrong password (SQLState 28...)
 * or a missing database fails at once: waiting would not fix it.
 */
final class ConnectionWait {
    private static final long FIRST_MS = 250;
    private static final long CAP_MS = 2000;

    private ConnectionWait() {
    }

    static Connection connect(Supplier<Connection> attempt, Duration wait, MigrationListener listener) {
        long deadline = System.nanoTime() + wait.toNanos();
        long delay = FIRST_MS;
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (RetortException e) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (wait.isZero() || left <= 0 || !retryable(e)) {
                    if (!wait.isZero() && retryable(e)) {
                        throw new RetortException(e.code(), e.getMessage() + " (gave up after waiting "
                                + dev.retort.dialect.LockTimeouts.human(wait) + ", " + tries + " attempts)", e);
                    }
                    throw e;
                }
                long sleep = Math.min(delay, left);
                listener.waitingForDatabase(tries, Duration.ofMillis(sleep), e.getMessage());
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay = Math.min(delay * 2, CAP_MS);
            }
        }
    }

    /** True for the failures of a database that is not up yet. */
    static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28") || state.equals("3D000") || state.equals("42000")) {
                    return false; // wrong user or password, no such database, access denied to it
                }
                if (state.startsWith("08") || state.equals("57P03") || state.equals("53300") || state.equals("HY000")
                        && isNetwork(sql.getCause())) {
                    return true;
                }
            }
            if (isNetwork(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNetwork(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof NoRouteToHostException || c instanceof UnknownHostException
                    || c instanceof SocketTimeoutException || c instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }
}
