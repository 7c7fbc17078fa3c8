package dev.retort.cli;

import dev.retort.RevisionStatus;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code retort status}: every revision and where it stands in the database, as a table (Flyway's {@code info}):
 *
 * <pre>
 * Revision      State        Applied at                Message
 * 1975ea83b712  applied      2026-11-25T10:00:00.123Z  create account table
 * 523dbb60ecfe  interrupted  2026-11-25T10:00:00.201Z  split name (upgrade: 1 of 3 statements committed, failed)
 * 8d2f0c3a9b71  pending      -                         index account email
 * plan_names    pending      2026-11-25T10:00:00.207Z  repeatable script (changed since it last ran)
 * </pre>
 *
 * Repeatable scripts follow the revisions, by name.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show every revision's state: applied, pending, interrupted, edited (since applied), missing (applied, "
                + "but no script holds it).")
final class StatusCommand extends ReadingFleetCommand {
    @Override
    public dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet) {
        return fleet.status();
    }

    private static final List<String> HEADER = List.of("Revision", "State", "Applied at", "Message");

    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = open(true)) {
            List<RevisionStatus> rows = session.retort().revisionStatus();
            if (json()) {
                printJson(new JsonOutput.StatusReport(JsonOutput.VERSION, "status", session.database().orElseThrow().redacted(),
                        rows.stream().map(JsonOutput.Status::of).toList()));
                return;
            }
            List<List<String>> table = new ArrayList<>();
            table.add(HEADER);
            for (RevisionStatus row : rows) {
                table.add(List.of(row.id(), row.state().word(), row.appliedAt() == null ? "-" : row.appliedAt(), message(row)));
            }
            table(table).forEach(line -> out().println(invocation().secrets().redact(line)));
        }
    }

    private static String message(RevisionStatus row) {
        String first = row.message().strip().lines().findFirst().orElse("");
        if (row.repeatable()) {
            return "repeatable script" + (first.isEmpty() ? "" : " (" + first + ")");
        }
        if (row.state() == RevisionStatus.State.INTERRUPTED) {
            return first + " (" + row.lastRow().kind().column() + ": " + Interrupted.committed(row.lastRow()) + ", "
                    + Interrupted.cause(row.lastRow()) + ")";
        }
        return first;
    }

    /** Columns padded to their widest cell, two spaces apart; the last column unpadded. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row.get(c) : String.format("%-" + (width[c] + 2) + "s", row.get(c)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
