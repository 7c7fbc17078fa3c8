package dev.retort.cli;

import dev.retort.DriftResult;
import picocli.CommandLine.Command;

/**
 * {@code retort drift}: the live schema against the one the migrations produce up to its current revision, built on
 * a scratch place. Exit 1 listing what was changed by hand; nothing is written to the live database.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Exit 1 and list what was changed by hand: the live schema against the one the migrations "
                + "produce up to the current revision.")
final class DriftCommand extends BaseCommand {
    @Override
    void execute() {
        try (Session session = open(true)) {
            DriftResult result = session.retort().drift();
            String at = result.current().isEmpty() ? "<base>" : String.join(", ", result.current());
            if (!result.drifted()) {
                out().println("No drift: the schema is what the migrations produce up to " + at + ".");
                return;
            }
            out().println("Drift from the schema the migrations produce up to " + at
                    + " (+ only in the live database, - missing from it, ~ changed):");
            result.changes().forEach(change -> out().println("  " + change));
            status = ErrorReporter.USER_ERROR;
        }
    }
}
