package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}: one revision in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a revision in full.")
final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "REV", description = "A revision id (or 4+ leading characters), head, label@head, base.")
    String revision;


    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = open(false)) {
            if (json()) {
                printJson(new JsonOutput.Revisions(JsonOutput.VERSION, "show", session.retort().show(revision).stream()
                        .map(r -> JsonOutput.Revision.of(r, invocation()::display)).toList()));
                return;
            }
            for (RevisionInfo r : session.retort().show(revision)) {
                out().println(RevisionEntry.format(r, invocation()::display));
            }
        }
    }
}
