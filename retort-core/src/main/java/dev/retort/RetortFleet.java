package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One command over many targets: databases, or schemas of one database (each with its own version table and
 * lock), each configured by its own {@link RetortBuilder}, run by a bounded pool.
 *
 * <pre>{@code
 * RetortFleet fleet = RetortFleet.builder().parallel(4).onError(RetortFleet.OnError.CONTINUE)
 *         .target("tenant_1", Retort.builder().scriptLocation(dir).url(url).versionTableSchema("tenant_1"))
 *         .target("tenant_2", Retort.builder().scriptLocation(dir).url(url).versionTableSchema("tenant_2"))
 *         .build();
 * RetortFleet.Report report = fleet.upgrade("head");
 * if (report.anyFailed()) { ... }
 * }</pre>
 */
public final class RetortFleet {
    /** What the fleet does after a target fails. */
    public enum OnError {
        /** Start no further target (those already running finish); the rest are reported SKIPPED. */
        STOP,
        /** Run every target. */
        CONTINUE
    }

    /** How one target ended. */
    public enum Outcome { DONE, FAILED, SKIPPED }

    /**
     * One target's line of the report.
     *
     * @param target the target's name as given
     * @param from   the version rows before (empty when unknown or at base)
     * @param to     the version rows after (for {@code current}: the rows read)
     * @param took   how long it ran
     * @param error  the failure's one-line message, or null
     */
    public record TargetResult(String target, Outcome outcome, List<String> from, List<String> to, Duration took,
            String error) {
        public TargetResult {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** Every target's result, in the order the targets were given. */
    public record Report(List<TargetResult> results) {
        public Report {
            results = List.copyOf(results);
        }

        /** True when any target failed: what a pipeline's exit code should say. */
        public boolean anyFailed() {
            return results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED);
        }

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    private final Map<String, RetortBuilder> targets;
    private final int parallel;
    private final OnError onError;

    private RetortFleet(Map<String, RetortBuilder> targets, int parallel, OnError onError) {
        this.targets = targets;
        this.parallel = parallel;
        this.onError = onError;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Upgrades every target to {@code target} ({@code head}, an id, ...). */
    public Report upgrade(String target) {
        return run(retort -> {
            MigrationResult r = retort.upgrade(target);
            return new Rows(List.copyOf(new java.util.TreeSet<>(r.startHeads())),
                    List.copyOf(new java.util.TreeSet<>(r.endHeads())));
        });
    }

    /** Reads every target's current revision(s), changing nothing. */
    public Report current() {
        return run(retort -> {
            List<String> rows = retort.current().stream().map(RevisionInfo::id).sorted().toList();
            return new Rows(rows, rows);
        });
    }

    private record Rows(List<String> from, List<String> to) {
    }

    private Report run(Function<Retort, Rows> command) {
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, targets.size())), r -> {
            Thread t = new Thread(r, "retort-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TargetResult>> futures = new ArrayList<>();
            for (Map.Entry<String, RetortBuilder> e : targets.entrySet()) {
                futures.add(pool.submit(() -> runOne(e.getKey(), e.getValue(), command, stopped)));
            }
            List<TargetResult> results = new ArrayList<>();
            for (Future<TargetResult> f : futures) {
                results.add(await(f));
            }
            return new Report(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetResult runOne(String name, RetortBuilder builder, Function<Retort, Rows> command, AtomicBoolean stopped) {
        if (stopped.get()) {
            return new TargetResult(name, Outcome.SKIPPED, List.of(), List.of(), Duration.ZERO, null);
        }
        long started = System.nanoTime();
        try (Retort retort = builder.build()) {
            Rows rows = command.apply(retort);
            return new TargetResult(name, Outcome.DONE, rows.from(), rows.to(), since(started), null);
        } catch (RuntimeException e) {
            if (onError == OnError.STOP) {
                stopped.set(true);
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            return new TargetResult(name, Outcome.FAILED, List.of(), List.of(), since(started),
                    message.lines().findFirst().orElse(message));
        }
    }

    private static TargetResult await(Future<TargetResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "interrupted while the fleet ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fleet target failed outside Retort", e.getCause());
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Collects the targets, the pool size and what to do on error. */
    public static final class Builder {
        private final Map<String, RetortBuilder> targets = new LinkedHashMap<>();
        private int parallel = 1;
        private OnError onError = OnError.STOP;

        private Builder() {
        }

        /** A target, named for the report (a schema, a database, a URL without its password). */
        public Builder target(String name, RetortBuilder retort) {
            Objects.requireNonNull(name, "name");
            if (targets.putIfAbsent(name, Objects.requireNonNull(retort, "retort")) != null) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "fleet target '" + name + "' is given twice");
            }
            return this;
        }

        /** How many targets run at once; 1 by default. */
        public Builder parallel(int n) {
            if (n < 1) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "parallel must be 1 or more, got " + n);
            }
            this.parallel = n;
            return this;
        }

        /** {@link OnError#STOP} by default. */
        public Builder onError(OnError onError) {
            this.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        public RetortFleet build() {
            if (targets.isEmpty()) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "a fleet needs at least one target");
            }
            return new RetortFleet(new LinkedHashMap<>(targets), parallel, onError);
        }
    }
}
