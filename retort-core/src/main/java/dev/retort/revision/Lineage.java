package dev.retort.revision;

import java.util.ArrayList;
import java.util.List;

/** Alembic's "shares lineage": a revision's ancestors and descendants through {@code revises}, itself included. */
final class Lineage {
    private final RevisionGraph graph;

    Lineage(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The lineage of {@code anchor}, revises edges only (what a {@code label@...} target keeps to). */
    boolean[] of(int anchor) {
        return of(anchor, false);
    }

    /** The lineage of {@code anchor}; with {@code withDeps}, dependencies count as edges too (stamp's rule). */
    boolean[] of(int anchor, boolean withDeps) {
        boolean[] out = new boolean[graph.size()];
        graph.markAncestors(new int[] {anchor}, out, withDeps);
        out[anchor] = false;
        graph.markDescendants(new int[] {anchor}, null, out, withDeps);
        return out;
    }

    /** The revisions in {@code applied} and {@code within} that no other such revision revises, in topological order. */
    List<Integer> tips(boolean[] applied, boolean[] within) {
        List<Integer> out = new ArrayList<>();
        for (int i : graph.topo()) {
            if (applied[i] && within[i] && noneIn(graph.childrenOf(i), applied, within)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean noneIn(int[] indices, boolean[] applied, boolean[] within) {
        for (int i : indices) {
            if (applied[i] && within[i]) {
                return false;
            }
        }
        return true;
    }
}
