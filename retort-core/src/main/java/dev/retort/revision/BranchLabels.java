package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The labels in effect on every revision, computed in two linear passes (Alembic's rule): a label
 * declared on L applies to L and everything that revises L, directly or not; and it passes down L's
 * single line of ancestors while each revision on it is neither a branch point nor a merge point.
 * Revisions that change nothing share one immutable set with their parent.
 */
final class BranchLabels {
    private final Map<String, Integer> declaredBy;
    private final List<Set<String>> effective;

    private BranchLabels(Map<String, Integer> declaredBy, List<Set<String>> effective) {
        this.declaredBy = declaredBy;
        this.effective = effective;
    }

    static BranchLabels compute(GraphBuilder.Structure s) {
        RevisionNode[] nodes = s.nodes();
        int n = nodes.length;
        Map<String, Integer> declaredBy = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String label : new TreeSet<>(nodes[i].branchLabels())) {
                checkLabel(nodes, i, label, s.index());
                Integer other = declaredBy.putIfAbsent(label, i);
                if (other != null) {
                    throw GraphBuilder.graphError("Branch label '" + label + "' is declared by both "
                            + nodes[other].origin() + " and " + nodes[i].origin() + "; rename one of them");
                }
            }
        }
        List<Set<String>> down = new ArrayList<>(Collections.nCopies(n, Set.of()));
        int[] topo = s.topo();
        for (int k = n - 1; k >= 0; k--) {
            int i = topo[k];
            if (passes(s, i) && s.children()[i].length == 1 && passes(s, s.children()[i][0])) {
                int child = s.children()[i][0];
                down.set(i, union(down.get(child), nodes[child].branchLabels()));
            }
        }
        List<Set<String>> up = new ArrayList<>(Collections.nCopies(n, Set.of()));
        for (int i : topo) {
            Set<String> labels = nodes[i].branchLabels();
            int[] parents = s.parents()[i];
            if (labels.isEmpty() && parents.length == 1) {
                labels = up.get(parents[0]);
            } else {
                TreeSet<String> merged = new TreeSet<>(labels);
                for (int p : parents) {
                    merged.addAll(up.get(p));
                }
                labels = merged.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(merged);
            }
            up.set(i, labels);
        }
        for (int i = 0; i < n; i++) {
            up.set(i, union(up.get(i), down.get(i)));
        }
        return new BranchLabels(Map.copyOf(declaredBy), List.copyOf(up));
    }

    /** Whether a label may pass down through revision {@code i}. */
    private static boolean passes(GraphBuilder.Structure s, int i) {
        return s.children()[i].length < 2 && s.parents()[i].length < 2;
    }

    private static void checkLabel(RevisionNode[] nodes, int i, String label, Map<String, Integer> index) {
        if (label.isEmpty() || GraphBuilder.RESERVED.contains(label) || !TargetParser.isPlainName(label)) {
            throw GraphBuilder.graphError(nodes[i].origin() + ": '" + label + "' cannot be a branch label; use "
                    + "letters, digits, '_', '.' or '-', and none of head, heads, base, current");
        }
        Integer same = index.get(label);
        if (same != null) {
            throw GraphBuilder.graphError(nodes[i].origin() + ": branch label '" + label + "' is also the id of "
                    + nodes[same].origin() + "; rename the label");
        }
    }

    /** {@code a ∪ b} as an immutable sorted set, reusing {@code a} when {@code b} adds nothing. */
    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a instanceof SortedSet && a.containsAll(b)) {
            return a;
        }
        if (a.isEmpty() && b.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> out = new TreeSet<>(a);
        out.addAll(b);
        return Collections.unmodifiableSortedSet(out);
    }

    boolean isDeclared(String label) {
        return declaredBy.containsKey(label);
    }

    /** The index of the revision that declares {@code label}, or null. */
    Integer declarer(String label) {
        return declaredBy.get(label);
    }

    Set<String> declared() {
        return new TreeSet<>(declaredBy.keySet());
    }

    Set<String> of(int i) {
        return effective.get(i);
    }

    boolean has(int i, String label) {
        return effective.get(i).contains(label);
    }
}
