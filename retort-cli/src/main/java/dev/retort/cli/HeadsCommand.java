package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort heads}: the revisions nothing revises yet. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the head revision(s) of the scripts.")
final class HeadsCommand extends BaseCommand {
    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    void execute() {
        try (Session session = open(false)) {
            for (RevisionInfo r : session.retort().heads()) {
                out().println(verbose ? RevisionEntry.format(r, invocation()::display) : RevisionLine.head(r));
            }
        }
    }
}
