package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortFleet;
import dev.retort.SchemaDataSource;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.config.UrlPrecedence;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link FleetCommand} over its targets through {@link RetortFleet}: a progress line per target on stderr
 * as each ends, then the report (target, from, to, took, result) on stdout, or one JSON document; exit status 1
 * when any target failed.
 *
 * <pre>
 * Target       From    To  Took    Result
 * tenant_001   &lt;base&gt;  a2  85 ms   done
 * tenant_002   &lt;base&gt;  -   40 ms   failed: upgrade a1 failed: relation "t" already exists
 * tenant_003   -       -   -       skipped
 * 3 targets in 0.2 s, 1 at once: 1 done, 1 failed, 1 skipped
 * </pre>
 */
final class FleetRun {
    private static final List<String> HEADER = List.of("Target", "From", "To", "Took", "Result");

    private FleetRun() {
    }

    /** The configuration when the command runs over a fleet; empty for a command on one database. */
    static Optional<RetortConfig> fleetConfig(BaseCommand command, FleetCommand fleet) {
        RetortConfig config;
        try {
            config = RetortConfig.load(Session.configFile(command.root), command.invocation().env());
        } catch (RetortException e) {
            config = null; // the command reports a missing configuration itself
        }
        if (fleet.fleetOptions().active(config)) {
            return Optional.of(config == null
                    ? RetortConfig.load(Session.configFile(command.root), command.invocation().env()) : config);
        }
        if (fleet.fleetOptions().tuned()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--parallel, --on-error and --canary apply to many "
                    + "targets: give --targets FILE or --targets-query SQL (or targets in the configuration)");
        }
        return Optional.empty();
    }

    static int run(BaseCommand command, FleetCommand fleetCommand, RetortConfig config) {
        fleetCommand.fleetValidate();
        Invocation invocation = command.invocation();
        invocation.secrets().add(config.password());
        Optional<DatabaseUrl> main = UrlPrecedence.resolve(command.root.url, invocation.env(), config, invocation.cwd());
        main.ifPresent(db -> invocation.secrets().add(db.password()));
        FleetOptions options = fleetCommand.fleetOptions();
        List<FleetTargets.Target> targets = FleetTargets.read(options, config, invocation, main);
        AtomicInteger ended = new AtomicInteger();
        RetortFleet.Builder builder = RetortFleet.builder().parallel(options.parallel).onError(options.policy())
                .canary(options.canary).progress(r -> command.info(progressLine(r, ended.incrementAndGet(),
                        targets.size(), invocation)));
        for (FleetTargets.Target t : targets) {
            RetortBuilder b = Session.builder(command.root, config, notices(command, t.name()),
                    fleetCommand::fleetConfigure);
            if (t.url() != null) {
                b.url(t.url().jdbcUrl());
                Optional.ofNullable(t.url().user()).ifPresent(b::user);
                Optional.ofNullable(t.url().password()).ifPresent(b::password);
            } else {
                DatabaseUrl db = main.orElseThrow();
                b.dataSource(SchemaDataSource.of(db.jdbcUrl(), db.user(), db.password(), t.schema()))
                        .versionTableSchema(t.schema());
            }
            builder.target(t.name(), b);
        }
        command.info("Running " + command.name() + " on " + targets.size() + " targets, " + options.parallel
                + " at once" + (options.canary > 0 ? ", " + options.canary + " canaries first" : "") + ", on error "
                + options.policy().name().toLowerCase(java.util.Locale.ROOT));
        long started = System.nanoTime();
        RetortFleet.Report report = fleetCommand.runFleet(builder.build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        print(command, fleetCommand, report, millis);
        if (report.anyFailed()) {
            List<String> failed = report.results().stream().filter(r -> r.outcome() == RetortFleet.Outcome.FAILED)
                    .map(RetortFleet.TargetResult::target).toList();
            invocation.err().println(invocation.secrets().redact("ERROR: " + failed.size() + " of " + targets.size()
                    + " targets failed: " + String.join(", ", failed)));
            return ErrorReporter.USER_ERROR;
        }
        return 0;
    }

    private static void print(BaseCommand command, FleetCommand fleetCommand, RetortFleet.Report report, long millis) {
        FleetOptions options = fleetCommand.fleetOptions();
        if (command.json()) {
            command.printJson(new FleetJson.Report(JsonOutput.VERSION, command.name(), true,
                    fleetCommand.fleetRevision(), options.parallel, options.policy().name().toLowerCase(java.util.Locale.ROOT),
                    options.canary, millis, FleetJson.Summary.of(report),
                    report.results().stream().map(FleetJson.Target::of).toList()));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RetortFleet.TargetResult r : report.results()) {
            boolean ran = r.outcome() != RetortFleet.Outcome.SKIPPED;
            rows.add(List.of(r.target(), ran && r.outcome() == RetortFleet.Outcome.DONE ? revisions(r.from()) : "-",
                    ran && r.outcome() == RetortFleet.Outcome.DONE ? revisions(r.to()) : "-",
                    ran ? r.took().toMillis() + " ms" : "-", result(r)));
        }
        Invocation invocation = command.invocation();
        StatusCommand.table(rows).forEach(line -> command.out().println(invocation.secrets().redact(line)));
        FleetJson.Summary s = FleetJson.Summary.of(report);
        command.out().println(s.total() + " targets in " + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)
                + " s, " + options.parallel + " at once: " + s.done() + " done, " + s.failed() + " failed, " + s.skipped()
                + " skipped");
    }

    private static String result(RetortFleet.TargetResult r) {
        return switch (r.outcome()) {
            case DONE -> r.detail() == null ? "done" : "done (" + r.detail() + ")";
            case FAILED -> "failed: " + r.error();
            case SKIPPED -> "skipped";
        };
    }

    private static String revisions(List<String> rows) {
        return rows.isEmpty() ? "<base>" : String.join(",", rows);
    }

    private static String progressLine(RetortFleet.TargetResult r, int n, int total, Invocation invocation) {
        String what = r.outcome() == RetortFleet.Outcome.FAILED ? "failed: " + r.error()
                : r.outcome().name().toLowerCase(java.util.Locale.ROOT);
        return invocation.secrets().redact("[" + n + "/" + total + "] " + r.target() + ": " + what
                + (r.outcome() == RetortFleet.Outcome.SKIPPED ? "" : " (" + r.took().toMillis() + " ms)"));
    }

    /** A target's notices (a lease taken over, a retry), named by the target, on stderr. */
    private static MigrationListener notices(BaseCommand command, String target) {
        return new MigrationListener() {
            @Override
            public void notice(String message) {
                command.info(command.invocation().secrets().redact(target + ": " + message));
            }
        };
    }
}
