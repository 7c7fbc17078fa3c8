package dev.retort.cli;

import dev.retort.Retort;
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

    @Override
    void configure(Retort.Builder builder) {
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
