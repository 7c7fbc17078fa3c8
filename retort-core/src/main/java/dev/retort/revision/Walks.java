package dev.retort.revision;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Relative moves along the graph, as Alembic's {@code _walk}: up through the revisions that revise the
 * current one (from base: the bases), down through its parents; more than one way to go is an
 * "Ambiguous walk". {@link #BASE} stands for base.
 */
final class Walks {
    static final int BASE = -1;

    private final RevisionGraph graph;

    Walks(RevisionGraph graph) {
        this.graph = graph;
    }

    /** {@code steps} moves up from {@code start}, keeping to {@code lineage} when it is not null. */
    int up(int start, int steps, boolean[] lineage, String expression) {
        int current = start;
        for (int step = 0; step < steps; step++) {
            int[] next = current == BASE ? baseIndices() : graph.childrenOf(current);
            if (lineage != null) {
                next = Arrays.stream(next).filter(i -> lineage[i]).toArray();
            }
            if (next.length == 0) {
                throw new RetortException(ErrorCode.INVALID_TARGET, "relative revision " + expression + " goes past head"
                        + (current == BASE ? ": there are no revisions" : " " + graph.id(current)));
            }
            if (next.length > 1) {
                throw ambiguous(expression, next, current == BASE
                        ? "there are several bases" : "revision " + graph.id(current) + " has several children",
                        current == BASE ? "use label@+N or a revision id" : "name one of them, or a label@+N");
            }
            current = next[0];
        }
        return current;
    }

    /** {@code steps} moves down from {@code start} through parents; one past a base is {@link #BASE}. */
    int down(int start, int steps, String expression) {
        int current = start;
        for (int step = 0; step < steps; step++) {
            if (current == BASE) {
                throw new RetortException(ErrorCode.INVALID_TARGET, "relative revision " + expression + " goes below base");
            }
            int[] parents = graph.parentsOf(current);
            if (parents.length > 1) {
                throw ambiguous(expression, parents, "revision " + graph.id(current) + " is a merge",
                        "continue from one of them with REV-N");
            }
            current = parents.length == 0 ? BASE : parents[0];
        }
        return current;
    }

    private AmbiguousRevisionException ambiguous(String expression, int[] candidates, String why, String fix) {
        List<String> ids = new ArrayList<>(candidates.length);
        for (int i : candidates) {
            ids.add(graph.id(i));
        }
        return new AmbiguousRevisionException(expression, ids, "Ambiguous walk for " + expression + ": " + why
                + " (" + Names.list(ids) + "); " + fix);
    }

    private int[] baseIndices() {
        return graph.bases().stream().mapToInt(n -> graph.indexOf(n.id())).toArray();
    }
}
