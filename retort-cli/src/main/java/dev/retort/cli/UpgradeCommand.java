package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade head}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade the database to a later revision.")
final class UpgradeCommand extends MigrateCommand {
    @Parameters(paramLabel = "TARGET",
            description = "head, heads, a revision (or 4+ leading characters), label@head, +N, REV+N; FROM:TO with --sql.")
    String target;

    @Mixin
    RecoveryOptions recovery = new RecoveryOptions();

    @picocli.CommandLine.Option(names = "--no-lint",
            description = "Do not print the lint warnings of the scripts about to run (see 'retort lint').")
    boolean noLint;

    @Override
    void configure(RetortBuilder builder) {
        recovery.applyTo(builder);
    }

    /** The upgrade under way, for {@link #beforeSteps()}: set by {@link #online}. */
    private Retort running;
    private String runningTarget;

    /**
     * Lints the scripts about to run and prints what it finds, once the upgrade has made and checked its plan and
     * before its first step: an upgrade with nothing to run (every deploy's no-op) lints nothing, and one refused
     * says only why.
     */
    @Override
    void beforeSteps() {
        if (running != null && !noLint && !root.quiet) {
            UpgradeLint.print(UpgradeLint.findings(running, runningTarget), invocation().cwd(), this::info);
        }
    }

    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    String target() {
        return target;
    }

    @Override
    void online(Retort retort, String target) {
        running = retort;
        runningTarget = target;
        if (retort.upgrade(target).isEmpty() && retort.heads().isEmpty()) {
            info("No revisions found: nothing to upgrade; 'retort revision -m MESSAGE' writes the first one");
        }
    }

    @Override
    dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet, String target) {
        return fleet.upgrade(target);
    }

    @Override
    void offline(Retort retort, String target, Appendable out) {
        retort.upgradeSql(target, out);
    }
}
