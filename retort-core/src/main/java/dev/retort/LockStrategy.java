package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.Locale;

/**
 * How the migration lock is held ({@code lock_strategy} in {@code retort.properties}, {@link RetortBuilder#lockStrategy}).
 *
 * <pre>{@code
 * lock_strategy = lease      # a row in retort_lock, renewed by a heartbeat
 * lock_lease    = 30s        # how long it lives without one
 * }</pre>
 */
public enum LockStrategy {
    /** The database's session lock, or a lease where the server's session locks do not hold (the default). */
    AUTO,
    /** The database's session lock ({@code pg_advisory_lock}, {@code GET_LOCK}) even where it may not hold. */
    SESSION,
    /** A lease row in {@code retort_lock}, renewed by a heartbeat; an expired one is taken over. */
    LEASE;

    /** {@code auto}, {@code session} or {@code lease}; BAD_ARGUMENT for anything else. */
    public static LockStrategy parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LockStrategy s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(v)) {
                return s;
            }
        }
        throw new RetortException(ErrorCode.BAD_ARGUMENT, "lock_strategy is '" + value + "'; use auto, session or lease");
    }
}
