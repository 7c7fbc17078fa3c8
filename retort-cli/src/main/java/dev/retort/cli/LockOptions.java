package dev.retort.cli;

import dev.retort.LockStrategy;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.config.RetortConfig;

/**
 * The migration lock's keys of {@code retort.properties}: {@code lock_strategy = auto|session|lease} and
 * {@code lock_lease = 30s} (how long a lease lives without its heartbeat); and the limits on each migration
 * statement, {@code ddl_lock_timeout = 2s} and {@code statement_timeout = 5m} (PostgreSQL's lock_timeout and
 * statement_timeout).
 */
final class LockOptions {
    private LockOptions() {
    }

    static void apply(RetortConfig config, RetortBuilder builder) {
        config.property("lock_strategy").ifPresent(v -> builder.lockStrategy(LockStrategy.parse(v)));
        config.property("lock_lease").ifPresent(v -> builder.leaseDuration(Durations.parse("lock_lease", v)));
        config.property("ddl_lock_timeout").ifPresent(v -> builder.ddlLockTimeout(Durations.parse("ddl_lock_timeout", v)));
        config.property("statement_timeout").ifPresent(v -> builder.statementTimeout(Durations.parse("statement_timeout", v)));
    }
}
