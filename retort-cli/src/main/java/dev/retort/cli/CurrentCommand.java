package dev.retort.cli;

import dev.retort.HistoryRow;
import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort current}: what the version table says. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the database's current revision(s); nothing for a database at base.")
final class CurrentCommand extends ReadingFleetCommand {
    @Override
    public dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet) {
        return fleet.current();
    }

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;


    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = open(true)) {
            if (json()) {
                printJson(new JsonOutput.Current(JsonOutput.VERSION, "current", session.database().orElseThrow().redacted(),
                        session.retort().current().stream().map(r -> JsonOutput.Revision.of(r, invocation()::display)).toList(),
                        Interrupted.of(session.retort().appliedHistory()).stream().map(JsonOutput.Interruption::of).toList()));
                return;
            }
            if (verbose) {
                info("Current revision(s) for " + invocation().secrets().redact(session.database().orElseThrow().redacted()) + ":");
            }
            for (RevisionInfo r : session.retort().current()) {
                out().println(verbose ? RevisionEntry.format(r, invocation()::display) : RevisionLine.current(r));
            }
            // A migration that stopped part-way is part of where the database is, though no version row names it.
            for (HistoryRow row : Interrupted.of(session.retort().appliedHistory())) {
                out().println(invocation().secrets().redact(verbose ? Interrupted.verbose(row) : Interrupted.line(row)));
            }
        }
    }
}
