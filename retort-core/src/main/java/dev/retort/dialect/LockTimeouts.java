package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.time.Duration;

/** The one message for a lock that was not granted in time, shared by every dialect's lock. */
public final class LockTimeouts {
    private LockTimeouts() {
    }

    /**
     * @param what   the lock, such as {@code advisory lock 1234 (schema.retort_version)}
     * @param holder who holds it, as far as the database can tell, or null
     */
    public static RetortException timedOut(String what, Duration timeout, String holder) {
        return new RetortException(ErrorCode.LOCKED, "another Retort process holds the migration lock (" + what
                + (holder == null || holder.isBlank() ? "" : ", held by " + holder) + "); waited " + human(timeout)
                + ": let it finish and retry, or raise --lock-timeout");
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1m30s}. */
    public static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return s + "s";
        }
        return s % 60 == 0 ? (s / 60) + "m" : (s / 60) + "m" + (s % 60) + "s";
    }

    /** Sleeps for a poll interval; an interrupt becomes a RetortException, with the flag restored. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(ErrorCode.LOCKED, "interrupted while waiting for the migration lock", e);
        }
    }
}
