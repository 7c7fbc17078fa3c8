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
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = open(false)) {
            if (json()) {
                printJson(new JsonOutput.Revisions(JsonOutput.VERSION, "heads", session.retort().heads().stream()
                        .map(r -> JsonOutput.Revision.of(r, invocation()::display)).toList()));
                return;
            }
            for (RevisionInfo r : session.retort().heads()) {
                out().println(verbose ? RevisionEntry.format(r, invocation()::display) : RevisionLine.head(r));
            }
        }
    }
}
