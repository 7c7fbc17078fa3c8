package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade -1}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert the database to a previous revision.")
final class DowngradeCommand extends MigrateCommand {
    @Parameters(paramLabel = "TARGET", description = "base, a revision, -N, REV-N, label@REV; FROM:TO with --sql.")
    String target;

    @Mixin
    RecoveryOptions recovery = new RecoveryOptions();

    @Override
    void configure(RetortBuilder builder) {
        recovery.applyTo(builder);
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
        retort.downgrade(target);
    }

    @Override
    dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet, String target) {
        return fleet.downgrade(target);
    }

    @Override
    void offline(Retort retort, String target, Appendable out) {
        retort.downgradeSql(target, out);
    }
}
