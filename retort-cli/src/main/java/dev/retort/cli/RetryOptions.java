package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import picocli.CommandLine.Option;

/** {@code --retries N}: steps that hit a lock timeout or a serialization failure run again, N times at most. */
final class RetryOptions {
    @Option(names = "--retries", paramLabel = "N", defaultValue = "0",
            description = "Run a step again (with backoff) up to N times when it fails on a lock timeout "
                    + "(ddl_lock_timeout) or a serialization failure and rolled back whole (default 0).")
    int retries;

    void apply(RetortBuilder builder) {
        builder.retries(retries);
    }
}
