package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The database's position in a graph: its version rows and every revision they imply is applied.
 *
 * @param rows    indices of the version rows, in topological order
 * @param applied per index, whether the revision is applied (the rows and all they revise or depend on)
 */
record State(int[] rows, boolean[] applied) {

    static State of(RevisionGraph graph, Set<String> currentHeads) {
        return of(graph, currentHeads, true);
    }

    /** With {@code strict} false, rows naming no revision are ignored (for {@code stamp --purge}). */
    static State of(RevisionGraph graph, Set<String> currentHeads, boolean strict) {
        int[] rows = new int[currentHeads.size()];
        int count = 0;
        for (String id : currentHeads) {
            var node = graph.find(id);
            if (node.isEmpty() && !strict) {
                continue;
            }
            if (node.isEmpty()) {
                throw new RetortException(ErrorCode.VERSION_TABLE, "the version table names revision '" + id
                        + "', which is not in versions/ (restore its script, or run 'retort stamp --purge"
                        + " <revision>' to record where the database really is)");
            }
            rows[count++] = graph.indexOf(id);
        }
        rows = Arrays.stream(rows, 0, count).boxed().sorted(Comparator.comparingInt(graph::topoPosition))
                .mapToInt(Integer::intValue).toArray();
        boolean[] applied = new boolean[graph.size()];
        graph.markAncestors(rows, applied, true);
        return new State(rows, applied);
    }

    List<String> rowIds(RevisionGraph graph) {
        List<String> out = new ArrayList<>(rows.length);
        for (int i : rows) {
            out.add(graph.id(i));
        }
        return out;
    }

    /** "a, b" or "base", for messages. */
    String describe(RevisionGraph graph) {
        return rows.length == 0 ? "base" : Names.list(rowIds(graph));
    }
}
