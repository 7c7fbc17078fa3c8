package dev.retort.cli;

import dev.retort.RevisionInfo;
import dev.retort.HistoryRow;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: every revision, newest first; {@code --applied}: what the database's history table recorded. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand extends BaseCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only revisions in FROM:TO, such as base:head, -3:, current:, ae10:.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s) (connects).")
    boolean indicateCurrent;

    @Option(names = "--applied", description = "Show the history table: every upgrade, downgrade and stamp run on the "
            + "database, oldest first (connects).")
    boolean applied;


    @Override
    boolean writesJson() {
        return true;
    }

    @Option(names = "--graph", description = "Draw the revision graph, as git log --graph (see 'retort graph').")
    boolean graph;

    @Override
    void execute() {
        if (graph) {
            GraphCommand.draw(this, dev.retort.GraphFormat.TEXT, indicateCurrent);
            return;
        }
        try (Session session = open(indicateCurrent || applied)) {
            if (json()) {
                printDocument(session);
                return;
            }
            if (applied) {
                for (HistoryRow row : session.retort().appliedHistory()) {
                    out().println(invocation().secrets().redact(line(row)));
                }
                return;
            }
            Map<String, HistoryRow> interrupted = new HashMap<>();
            if (indicateCurrent) {
                Interrupted.of(session.retort().appliedHistory()).forEach(row -> interrupted.put(row.revision(), row));
            }
            for (RevisionInfo r : session.retort().history(range, indicateCurrent)) {
                HistoryRow stopped = interrupted.get(r.id());
                String extra = stopped == null ? "" : Interrupted.indicator(stopped);
                out().println(verbose ? RevisionEntry.format(r, invocation()::display) + (stopped == null ? ""
                        : Interrupted.verbose(stopped)) : RevisionLine.history(r, extra));
            }
        }
    }

    private void printDocument(Session session) {
        if (applied) {
            printJson(new JsonOutput.AppliedHistory(JsonOutput.VERSION, "history", session.retort().appliedHistory()
                    .stream().map(JsonOutput.Applied::of).toList()));
            return;
        }
        var revisions = session.retort().history(range, indicateCurrent).stream()
                .map(r -> JsonOutput.Revision.of(r, invocation()::display)).toList();
        printJson(indicateCurrent ? new JsonOutput.History(JsonOutput.VERSION, "history", revisions,
                Interrupted.of(session.retort().appliedHistory()).stream().map(JsonOutput.Interruption::of).toList())
                : new JsonOutput.Revisions(JsonOutput.VERSION, "history", revisions));
    }

    /**
     * {@code 2026-11-25T10:00:00.123Z upgrade 1975ea83b712 ok 5/5 12 ms by app (deploy): create account table};
     * {@code FAILED} or {@code INCOMPLETE} (the process died) instead of {@code ok}.
     */
    static String line(HistoryRow row) {
        String status = row.success() ? "ok" : row.durationMillis() == null ? "INCOMPLETE" : "FAILED";
        String statements = row.kind() == HistoryRow.Kind.STAMP ? "-"
                : row.statementsDone() + "/" + (row.statementsTotal() == null ? "?" : row.statementsTotal());
        String ms = row.durationMillis() == null ? "-" : row.durationMillis() + " ms";
        String message = row.message() == null || row.message().isBlank() ? "" : ": " + row.message().strip();
        return String.format("%s %-9s %s %-10s %s %s by %s%s", row.appliedAt(), row.kind().column(), row.revision(), status,
                statements, ms, row.appliedBy(), message);
    }
}
