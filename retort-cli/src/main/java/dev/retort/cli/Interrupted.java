package dev.retort.cli;

import dev.retort.HistoryRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Migrations that stopped part-way, from the history table: the revisions whose latest row did not finish.
 * {@code current}, {@code current -v}, {@code history -i} and {@code status} show them.
 *
 * <pre>
 * current:     aaaaaaaaaaaa (interrupted upgrade: 2 of 3 statements committed, failed)
 * history -i:  &lt;base&gt; -&gt; aaaaaaaaaaaa (head) (interrupted upgrade 2/3), seed
 * </pre>
 */
final class Interrupted {
    private Interrupted() {
    }

    /** Each revision's latest row where that row did not finish, oldest first. */
    static List<HistoryRow> of(List<HistoryRow> rows) {
        Map<String, HistoryRow> latest = new LinkedHashMap<>();
        for (HistoryRow row : rows) {
            latest.remove(row.revision());
            latest.put(row.revision(), row);
        }
        return latest.values().stream().filter(HistoryRow::incomplete).toList();
    }

    /** {@code aaaaaaaaaaaa (interrupted upgrade: 2 of 3 statements committed, failed)}, for {@code current}. */
    static String line(HistoryRow row) {
        return row.revision() + " (interrupted " + row.kind().column() + ": " + committed(row) + ", " + cause(row) + ")";
    }

    /** {@code (interrupted upgrade 2/3)}, the indicator {@code history -i} adds. */
    static String indicator(HistoryRow row) {
        return " (interrupted " + row.kind().column() + " " + row.statementsDone() + "/"
                + (row.statementsTotal() == null ? "?" : row.statementsTotal()) + ")";
    }

    /** The paragraph {@code current -v} prints: what stopped, how far it got, why, and the ways on. */
    static String verbose(HistoryRow row) {
        String verb = row.kind().column();
        String message = row.message() == null || row.message().isBlank() ? "" : ": " + row.message().strip();
        return "Interrupted: " + row.revision() + "\n"
                + "    The " + verb + " started " + row.appliedAt() + " by " + row.appliedBy() + " stopped part-way: "
                + committed(row) + ", then " + (row.durationMillis() == null ? "the process died or lost its connection"
                : "it failed" + message) + "\n"
                + "    Next: 'retort " + verb + " ... --resume' (SQL scripts) or '--retry' after undoing it by hand, "
                + "or 'retort stamp' (see 'retort history --applied')\n";
    }

    static String committed(HistoryRow row) {
        return row.statementsDone() + (row.statementsTotal() == null ? "" : " of " + row.statementsTotal())
                + " statements committed";
    }

    static String cause(HistoryRow row) {
        return row.durationMillis() == null ? "process died" : "failed";
    }
}
