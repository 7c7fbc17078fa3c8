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

    /** What lint found in the scripts about to run; printed by {@link #beforeSteps()}. */
    private java.util.List<dev.retort.LintFinding> lint = java.util.List.of();

    @Override
    void beforeSteps() {
        UpgradeLint.print(lint, invocation().cwd(), this::info);
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
        if (!noLint && !root.quiet) {
            // Read now, printed once the upgrade has checked its plan (an upgrade refused says only why).
            lint = UpgradeLint.findings(retort, target);
        }
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
