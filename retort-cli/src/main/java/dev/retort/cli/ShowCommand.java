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
    void execute() {
        try (Session session = open(false)) {
            for (RevisionInfo r : session.retort().show(revision)) {
                out().println(RevisionEntry.format(r, invocation()::display));
            }
        }
    }
}
