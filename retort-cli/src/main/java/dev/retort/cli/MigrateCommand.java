package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.error.RetortException;
import dev.retort.MigrationListener;
import picocli.CommandLine.Option;

/** What {@code upgrade}, {@code downgrade} and {@code stamp} share: a target, online or as SQL ({@code --sql}). */
abstract class MigrateCommand extends BaseCommand implements FleetCommand {
    @Option(names = "--sql", description = "Print the SQL instead of running it (offline mode); TARGET may be a range FROM:TO.")
    boolean sql;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another process's migration lock (default 5m; 500ms, 30s, 2m).")
    String lockTimeout;

    @Option(names = "--wait", paramLabel = "DURATION",
            description = "Keep retrying the first connection for up to DURATION (500ms, 30s, 2m) while the database is not up.")
    String wait;

    @picocli.CommandLine.Mixin
    RetryOptions retryOptions = new RetryOptions();

    @picocli.CommandLine.Mixin
    FleetOptions fleet = new FleetOptions();

    abstract String target();

    /** Runs over many targets ({@code --targets}). */
    abstract dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet, String target);

    @Override
    public final FleetOptions fleetOptions() {
        return fleet;
    }

    @Override
    public final String fleetRevision() {
        return target();
    }

    @Override
    public final void fleetConfigure(dev.retort.config.RetortConfig config, RetortBuilder builder) {
        options(builder);
    }

    @Override
    public void fleetValidate() {
        if (sql) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--sql prints one database's SQL: it does not apply to many "
                    + "targets; leave out --targets (or run it against one target's --url)");
        }
        target();
    }

    @Override
    public final dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet) {
        return runFleet(fleet, target());
    }

    /** The options of the command line on {@code builder}: wait, lock timeout, retries, the command's own. */
    private void options(RetortBuilder builder) {
        if (wait != null) {
            builder.waitForDatabase(Durations.parse("--wait", wait));
        }
        if (lockTimeout != null) {
            builder.lockTimeout(Durations.parse("--lock-timeout", lockTimeout));
        }
        retryOptions.apply(builder);
        configure(builder);
    }

    /** What the command adds to the builder beyond the shared options. */
    void configure(RetortBuilder builder) {
    }

    /** Called once the plan is made and checked, just before the first step runs (not with --sql). */
    void beforeSteps() {
    }

    /** Runs against the database. */
    abstract void online(Retort retort, String target);

    /** Prints the SQL, touching no database. */
    abstract void offline(Retort retort, String target, Appendable out);

    @Override
    final void execute() {
        String target = target();
        if (!sql && target.contains(":")) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "a range such as " + target
                    + " needs --sql (it prints SQL from one revision to another); to change the database, name one target");
        }
        if (sql && json()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--output json does not apply to --sql, which prints SQL");
        }
        StepPrinter printer = new StepPrinter(err(), invocation().secrets()::redact, invocation().terminal());
        StepRecorder recorder = new StepRecorder(sql || root.quiet ? MigrationListener.NONE : printer, this::beforeSteps);
        MigrationListener listener = recorder;
        try (Session session = open(true, listener, this::options)) {
            Retort retort = session.retort();
            if (sql) {
                // Printed whole once written whole: a script that fails (an undefined placeholder) prints nothing.
                StringBuilder text = new StringBuilder();
                offline(retort, target, text);
                out().print(text);
                out().flush();
                return;
            }
            // Before anything changes, say which database it is: a wrong URL shows here, not after the damage.
            info("Database: " + invocation().secrets().redact(session.database().orElseThrow().redacted()));
            long started = System.nanoTime();
            String error = null;
            try {
                online(retort, target);
            } catch (RetortException e) {
                error = e.getMessage();
                throw e;
            } finally {
                printer.endLine();
                if (json()) {
                    // Also on failure: the steps that ran before it, then the error (also on stderr as ERROR: ...).
                    printJson(new JsonOutput.Migration(JsonOutput.VERSION, name(), session.database().orElseThrow()
                            .redacted(), target, recorder.steps(), (System.nanoTime() - started) / 1_000_000, error));
                }
            }
        }
    }
}
