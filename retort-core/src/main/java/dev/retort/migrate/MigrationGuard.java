package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a writing command makes before it runs anything, from the history table: that no applied
 * script was edited since it ran (checksums), and that no migration stopped part-way. Pure: rows in,
 * findings out.
 *
 * <pre>{@code
 * MigrationGuard guard = new MigrationGuard(history.read(connection));
 * guard.requireUnchanged(planner.applied(currentHeads), source);
 * List<HistoryRow> stuck = guard.incomplete();
 * }</pre>
 */
public final class MigrationGuard {
    private final List<HistoryRow> rows;

    public MigrationGuard(List<HistoryRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The history table's rows it was given, oldest first. */
    public List<HistoryRow> rows() {
        return rows;
    }

    /** Each revision's latest row, where that row is a migration that did not finish: oldest first. */
    public List<HistoryRow> incomplete() {
        Map<String, HistoryRow> latest = new LinkedHashMap<>();
        for (HistoryRow row : revisionRows()) {
            latest.remove(row.revision());
            latest.put(row.revision(), row);
        }
        return latest.values().stream().filter(HistoryRow::incomplete).toList();
    }

    /**
     * The recorded checksum of each applied revision: that of its latest successful upgrade or stamp, when
     * it recorded one. Revisions without such a row (applied before the history table existed, such as a
     * database adopted from Alembic) have none and are not checked.
     */
    public Map<String, String> recordedChecksums(Set<String> applied) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (HistoryRow row : revisionRows()) {
            if (row.success() && row.kind() != HistoryRow.Kind.DOWNGRADE && applied.contains(row.revision())) {
                sums.put(row.revision(), row.checksum());
            }
        }
        sums.values().removeIf(v -> v == null);
        return sums;
    }

    /** The rows of revisions: not those of repeatable scripts, whose names are no revision ids. */
    private List<HistoryRow> revisionRows() {
        return rows.stream().filter(r -> r.kind() != HistoryRow.Kind.REPEATABLE).toList();
    }

    /** The applied revisions whose script no longer has the checksum it had when it ran. */
    public List<String> changed(Set<String> applied, MigrationSource source) {
        List<String> changed = new ArrayList<>();
        recordedChecksums(applied).forEach((revision, recorded) -> {
            String now = source.checksum(revision);
            if (now != null && !now.equalsIgnoreCase(recorded)) {
                changed.add(revision);
            }
        });
        return changed;
    }

    /** CHECKSUM_MISMATCH, naming the first edited script, when an applied script changed. */
    public void requireUnchanged(Set<String> applied, MigrationSource source) {
        List<String> changed = changed(applied, source);
        if (changed.isEmpty()) {
            return;
        }
        String first = changed.get(0);
        String recorded = recordedChecksums(applied).get(first);
        throw new RetortException(ErrorCode.CHECKSUM_MISMATCH, source.describe(first) + " (revision " + first
                + ") was edited after it was applied (checksum " + shortSum(recorded) + " when it ran, "
                + shortSum(source.checksum(first)) + " now)" + (changed.size() > 1 ? " and so were " + (changed.size() - 1)
                + " other applied script(s)" : "") + "; never edit an applied migration: restore it and write a new "
                + "revision, or if the edit is deliberate and the database already matches it, run "
                + "'retort stamp --refresh-checksums' (or pass --allow-changed once)");
    }

    /** The error that stops a run while {@code row}'s migration is unfinished, with the ways out. */
    public static RetortException incompleteError(HistoryRow row, String script) {
        String verb = row.kind() == HistoryRow.Kind.DOWNGRADE ? "downgrade" : "upgrade";
        boolean died = row.durationMillis() == null;
        String done = row.statementsDone() + (row.statementsTotal() == null ? "" : " of " + row.statementsTotal())
                + " statement(s) committed";
        String cause = died ? "the process running it died or lost its connection"
                : "it failed: " + clip(row.message() == null ? "" : row.message(), 300);
        String resume = row.statementsTotal() != null
                ? "run 'retort " + verb + " ... --resume' to continue at statement " + (row.statementsDone() + 1) + ", or "
                : "";
        return new RetortException(ErrorCode.MIGRATION_INCOMPLETE, "the " + verb + " of revision " + row.revision() + " ("
                + script + ") stopped part-way (started " + row.appliedAt() + " by " + row.appliedBy() + "): " + done
                + ", then " + cause + "; nothing more runs until you choose: " + resume
                + "undo its statements by hand and run 'retort " + verb + " ... --retry', or make the database right by hand "
                + "and 'retort stamp' the revision it is at");
    }

    private static String shortSum(String sum) {
        return sum == null ? "none" : sum.length() > 12 ? sum.substring(0, 12) : sum;
    }

    private static String clip(String s, int max) {
        String one = StepFailure.oneLine(s);
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }
}
