package dev.retort.cli;

import dev.retort.Diff;
import dev.retort.MigrationListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code retort check}: whether the models and the database agree, for CI. Exit status 0 when they do, 1 with the
 * list of differences when a new revision is needed.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the differences when the models and the database disagree.")
final class CheckCommand extends ReadingFleetCommand {
    @Override
    public void fleetConfigure(dev.retort.config.RetortConfig config, dev.retort.RetortBuilder builder) {
        models.apply(config, invocation(), builder, root.url);
    }

    @Override
    public dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet) {
        return fleet.check();
    }

    @Mixin
    ModelOptions models;


    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = Session.open(root, true, MigrationListener.NONE,
                (config, builder) -> models.apply(config, invocation(), builder, root.url))) {
            Diff diff = session.retort().check();
            boolean agree = diff.isEmpty() && diff.uncompared().isEmpty();
            if (json()) {
                printJson(new JsonOutput.Check(JsonOutput.VERSION, "check", agree, diff.changes(), diff.notes()));
                status = agree ? 0 : ErrorReporter.USER_ERROR;
                return;
            }
            diff.notes().forEach(note -> err().println("Note: " + note));
            if (diff.isEmpty() && !diff.uncompared().isEmpty()) {
                out().println("Model tables outside the schema compared: nothing would create them.");
                status = ErrorReporter.USER_ERROR;
                return;
            }
            if (diff.isEmpty()) {
                out().println("No new upgrade operations detected.");
                return;
            }
            out().println("New upgrade operations detected:");
            diff.changes().forEach(change -> out().println("  " + change));
            status = ErrorReporter.USER_ERROR;
        }
    }
}
