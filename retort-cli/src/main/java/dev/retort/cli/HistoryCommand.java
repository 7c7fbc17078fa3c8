package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: every revision, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand extends BaseCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only revisions in FROM:TO, such as base:head, -3:, current:, ae10:.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s) (connects).")
    boolean indicateCurrent;

    @Override
    void execute() {
        try (Session session = open(indicateCurrent)) {
            for (RevisionInfo r : session.retort().history(range, indicateCurrent)) {
                out().println(verbose ? RevisionEntry.format(r, invocation()::display) : RevisionLine.history(r));
            }
        }
    }
}
