package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One command over many targets: databases, or schemas of one database (each with its own version table and
 * lock, see {@link SchemaDataSource}), each configured by its own {@link RetortBuilder}, run by a bounded pool.
 *
 * <pre>{@code
 * RetortFleet fleet = RetortFleet.builder().parallel(4).onError(RetortFleet.OnError.CONTINUE).canary(2)
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
        CONTINUE;

        /** {@code stop} or {@code continue}, any case. */
        public static OnError parse(String value) {
            for (OnError e : values()) {
                if (e.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return e;
                }
            }
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "on-error must be stop or continue, got '" + value + "'");
        }
    }

    /** How one target ended. */
    public enum Outcome { DONE, FAILED, SKIPPED }

    /**
     * One target's line of the report.
     *
     * @param target the target's name as given
     * @param from   the version rows before (empty when unknown or at base)
     * @param to     the version rows after (for {@code current}, {@code status}, {@code check}: the rows read)
     * @param took   how long it ran
     * @param error  the failure's one-line message, or null
     * @param detail what a read-only command found ({@code status}: {@code up to date}, {@code 2 pending}...), or null
     */
    public record TargetResult(String target, Outcome outcome, List<String> from, List<String> to, Duration took,
            String error, String detail) {
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
    private final int canary;
    private final Consumer<TargetResult> progress;

    private RetortFleet(Builder b) {
        this.targets = new LinkedHashMap<>(b.targets);
        this.parallel = b.parallel;
        this.onError = b.onError;
        this.canary = b.canary;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Upgrades every target to {@code target} ({@code head}, an id, ...). */
    public Report upgrade(String target) {
        return run(retort -> moved(retort.upgrade(target)));
    }

    /** Downgrades every target to {@code target} ({@code base}, an id, {@code -1}...). */
    public Report downgrade(String target) {
        return run(retort -> moved(retort.downgrade(target)));
    }

    /** Stamps every target with {@code target}, running no migration. */
    public Report stamp(String target, boolean purge) {
        return run(retort -> {
            List<String> before = rows(retort);
            return new Rows(before, List.copyOf(new TreeSet<>(retort.stamp(target, purge))), null);
        });
    }

    /** Reads every target's current revision(s), changing nothing. */
    public Report current() {
        return run(retort -> {
            List<String> rows = rows(retort);
            return new Rows(rows, rows, null);
        });
    }

    /** Where every target stands against the scripts ({@link Retort#status()}), changing nothing. */
    public Report status() {
        return run(retort -> {
            MigrationStatus s = retort.status();
            List<String> rows = List.copyOf(new TreeSet<>(s.current()));
            List<String> notes = new ArrayList<>();
            if (!s.pending().isEmpty()) {
                notes.add(s.pending().size() + " pending");
            }
            if (!s.changed().isEmpty()) {
                notes.add("edited since applied: " + String.join(", ", s.changed()));
            }
            s.interrupted().forEach(h -> notes.add("interrupted: " + h.revision()));
            return new Rows(rows, rows, notes.isEmpty() ? "up to date" : String.join("; ", notes));
        });
    }

    /** Compares every target with the models ({@link Retort#check()}): a target that differs is FAILED. */
    public Report check() {
        return run(retort -> {
            Diff diff = retort.check();
            if (!diff.isEmpty() || !diff.uncompared().isEmpty()) {
                List<String> lines = diff.isEmpty() ? diff.uncompared() : diff.changes();
                throw new RetortException(ErrorCode.BAD_ARGUMENT, lines.size() + " difference(s) with the models: "
                        + String.join("; ", lines));
            }
            List<String> rows = rows(retort);
            return new Rows(rows, rows, "up to date");
        });
    }

    private static List<String> rows(Retort retort) {
        return retort.current().stream().map(RevisionInfo::id).sorted().toList();
    }

    private static Rows moved(MigrationResult r) {
        return new Rows(List.copyOf(new TreeSet<>(r.startHeads())), List.copyOf(new TreeSet<>(r.endHeads())), null);
    }

    private record Rows(List<String> from, List<String> to, String detail) {
    }

    private Report run(Function<Retort, Rows> command) {
        List<Map.Entry<String, RetortBuilder>> all = new ArrayList<>(targets.entrySet());
        int first = Math.min(canary, all.size());
        AtomicBoolean stopped = new AtomicBoolean();
        List<TargetResult> results = new ArrayList<>(runAll(all.subList(0, first), command, stopped, onError));
        boolean canaryFailed = results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED);
        // A failed canary stops the fleet whatever the policy: the rest would most likely fail the same way.
        results.addAll(runAll(all.subList(first, all.size()), command, new AtomicBoolean(canaryFailed || stopped.get()),
                onError));
        return new Report(results);
    }

    private List<TargetResult> runAll(List<Map.Entry<String, RetortBuilder>> batch, Function<Retort, Rows> command,
            AtomicBoolean stopped, OnError policy) {
        if (batch.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, batch.size()), r -> {
            Thread t = new Thread(r, "retort-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TargetResult>> futures = new ArrayList<>();
            for (Map.Entry<String, RetortBuilder> e : batch) {
                futures.add(pool.submit(() -> report(runOne(e.getKey(), e.getValue(), command, stopped, policy))));
            }
            List<TargetResult> results = new ArrayList<>();
            for (Future<TargetResult> f : futures) {
                results.add(await(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetResult report(TargetResult result) {
        progress.accept(result);
        return result;
    }

    private static TargetResult runOne(String name, RetortBuilder builder, Function<Retort, Rows> command,
            AtomicBoolean stopped, OnError policy) {
        if (stopped.get()) {
            return new TargetResult(name, Outcome.SKIPPED, List.of(), List.of(), Duration.ZERO, null, null);
        }
        long started = System.nanoTime();
        try (Retort retort = builder.build()) {
            Rows rows = command.apply(retort);
            return new TargetResult(name, Outcome.DONE, rows.from(), rows.to(), since(started), null, rows.detail());
        } catch (RuntimeException e) {
            if (policy == OnError.STOP) {
                stopped.set(true);
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            return new TargetResult(name, Outcome.FAILED, List.of(), List.of(), since(started),
                    message.replaceAll("\\s*\\R\\s*", " "), null);
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

    /** Collects the targets, the pool size, the canaries and what to do on error. */
    public static final class Builder {
        private final Map<String, RetortBuilder> targets = new LinkedHashMap<>();
        private int parallel = 1;
        private OnError onError = OnError.STOP;
        private int canary;
        private Consumer<TargetResult> progress = r -> { };

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

        /**
         * Runs the first {@code k} targets first (as many at once as {@link #parallel(int)} allows); when any of
         * them fails, no other target starts, whatever {@link #onError(OnError)} says. 0 (no canary) by default.
         */
        public Builder canary(int k) {
            if (k < 0) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "canary must be 0 or more, got " + k);
            }
            this.canary = k;
            return this;
        }

        /** Told of each target's result as it ends (from the pool's threads), for a progress line. */
        public Builder progress(Consumer<TargetResult> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public RetortFleet build() {
            if (targets.isEmpty()) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "a fleet needs at least one target");
            }
            return new RetortFleet(this);
        }
    }
}
