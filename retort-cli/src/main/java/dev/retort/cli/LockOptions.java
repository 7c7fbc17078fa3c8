package dev.retort.cli;

import dev.retort.LockStrategy;
import dev.retort.Retort;
import dev.retort.config.RetortConfig;

/**
 * The migration lock's keys of {@code retort.properties}: {@code lock_strategy = auto|session|lease} and
 * {@code lock_lease = 30s} (how long a lease lives without its heartbeat).
 */
final class LockOptions {
    private LockOptions() {
    }

    static void apply(RetortConfig config, Retort.Builder builder) {
        config.property("lock_strategy").ifPresent(v -> builder.lockStrategy(LockStrategy.parse(v)));
        config.property("lock_lease").ifPresent(v -> builder.leaseDuration(Durations.parse("lock_lease", v)));
    }
}
