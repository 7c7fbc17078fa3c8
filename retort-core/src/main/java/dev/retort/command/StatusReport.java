package dev.retort.command;

import dev.retort.HistoryRow;
import dev.retort.RevisionInfo;
import dev.retort.RevisionStatus;
import dev.retort.RevisionStatus.State;
import dev.retort.migrate.MigrationGuard;
import dev.retort.migrate.RepeatableRunner.Repeatable;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.Planner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code retort status}: each revision of the scripts, oldest first, with its state in the database, then
 * the revisions the database names that no script holds. Read-only: takes no lock.
 */
final class StatusReport {
    private StatusReport() {
    }

    /** @param revisions every revision of the scripts, newest first ({@code history}) */
    static List<RevisionStatus> of(List<RevisionInfo> revisions, Set<String> versionRows, List<HistoryRow> history,
            Planner planner, MigrationSource source, List<Repeatable> repeatables) {
        Set<String> known = new LinkedHashSet<>();
        Set<String> unknownRows = new LinkedHashSet<>();
        for (String row : versionRows) {
            (planner.graph().find(row).isPresent() ? known : unknownRows).add(row);
        }
        Map<String, HistoryRow> latest = new HashMap<>();
        Map<String, HistoryRow> latestRepeatable = new HashMap<>();
        history.forEach(row -> (row.kind() == HistoryRow.Kind.REPEATABLE ? latestRepeatable : latest).put(row.revision(), row));
        Set<String> applied = new LinkedHashSet<>(planner.applied(known));
        if (!unknownRows.isEmpty()) {
            // A version row whose script is gone hides what lies below it from the graph: the history table says
            // which of the scripts ran.
            latest.forEach((id, row) -> {
                if (row.success() && row.kind() == HistoryRow.Kind.UPGRADE && planner.graph().find(id).isPresent()) {
                    applied.add(id);
                }
            });
        }
        MigrationGuard guard = new MigrationGuard(history);
        Set<String> edited = new LinkedHashSet<>(guard.changed(applied, source));
        Map<String, HistoryRow> interrupted = new HashMap<>();
        guard.incomplete().forEach(row -> interrupted.put(row.revision(), row));

        List<RevisionStatus> out = new ArrayList<>();
        List<RevisionInfo> oldestFirst = new ArrayList<>(revisions);
        java.util.Collections.reverse(oldestFirst);
        for (RevisionInfo node : oldestFirst) {
            String id = node.id();
            HistoryRow last = latest.get(id);
            State state = interrupted.containsKey(id) ? State.INTERRUPTED
                    : edited.contains(id) ? State.EDITED
                    : applied.contains(id) ? State.APPLIED : State.PENDING;
            out.add(new RevisionStatus(id, node.message(), state, last == null ? null : last.appliedAt(), last));
        }
        Set<String> missing = new LinkedHashSet<>(unknownRows);
        latest.forEach((id, row) -> {
            boolean appliedByHistory = row.success() && row.kind() == HistoryRow.Kind.UPGRADE;
            if (appliedByHistory && planner.graph().find(id).isEmpty()) {
                missing.add(id);
            }
        });
        for (String id : missing) {
            HistoryRow last = latest.get(id);
            out.add(new RevisionStatus(id, last == null ? "" : last.message(), State.MISSING,
                    last == null ? null : last.appliedAt(), last));
        }
        for (Repeatable r : repeatables) {
            HistoryRow last = latestRepeatable.get(r.name());
            String message = !r.due() ? "" : r.applied() == null ? "not applied yet" : r.reason();
            out.add(new RevisionStatus(r.name(), message, r.due() ? State.PENDING : State.APPLIED,
                    last == null ? null : last.appliedAt(), last, true));
        }
        return out;
    }
}
