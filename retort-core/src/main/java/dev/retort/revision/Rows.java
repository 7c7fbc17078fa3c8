package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version rows while a plan runs, kept by Alembic's rule: a row for every applied revision that no other
 * applied revision revises or depends on, and no other. Each step changes only the rows next to its
 * revision, so a whole plan costs time linear in the graph.
 */
final class Rows {
    private final RevisionGraph graph;
    private final boolean[] applied;
    private final boolean[] row;
    /** Per revision, how many applied revisions revise it or depend on it. */
    private final int[] above;
    /** Rows the table held that another row implies (written by an older tool): dropped with the first step. */
    private List<String> stale;

    Rows(RevisionGraph graph, State state) {
        this.graph = graph;
        int n = graph.size();
        applied = state.applied().clone();
        above = new int[n];
        for (int i = 0; i < n; i++) {
            if (applied[i]) {
                count(i, 1);
            }
        }
        row = new boolean[n];
        for (int i = 0; i < n; i++) {
            row[i] = applied[i] && above[i] == 0;
        }
        stale = new ArrayList<>();
        for (int r : state.rows()) {
            if (!row[r]) {
                stale.add(graph.id(r));
            }
        }
    }

    boolean[] applied() {
        return applied;
    }

    /** Applies revision {@code i}, whose parents and dependencies are applied. */
    Step upgrade(int i) {
        List<String> removed = takeStale();
        for (int p : predecessors(i)) {
            if (row[p]) {
                row[p] = false;
                removed.add(graph.id(p));
            }
        }
        count(i, 1);
        applied[i] = true;
        row[i] = true;
        return new Step(graph.node(i), Direction.UPGRADE, removed, List.of(graph.id(i)));
    }

    /** Reverts revision {@code i}, which no applied revision revises or depends on. */
    Step downgrade(int i) {
        List<String> removed = takeStale();
        if (row[i]) {
            removed.add(graph.id(i));
        }
        row[i] = false;
        applied[i] = false;
        count(i, -1);
        List<String> added = new ArrayList<>();
        for (int p : predecessors(i)) {
            if (applied[p] && above[p] == 0 && !row[p]) {
                row[p] = true;
                added.add(graph.id(p));
            }
        }
        return new Step(graph.node(i), Direction.DOWNGRADE, removed, added);
    }

    /** The rows now, in topological order. */
    Set<String> ids() {
        Set<String> out = new LinkedHashSet<>();
        for (int i : graph.topo()) {
            if (row[i]) {
                out.add(graph.id(i));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private List<String> takeStale() {
        List<String> out = stale;
        stale = new ArrayList<>();
        return out;
    }

    private void count(int i, int delta) {
        for (int p : predecessors(i)) {
            above[p] += delta;
        }
    }

    private int[] predecessors(int i) {
        int[] parents = graph.parentsOf(i);
        int[] deps = graph.depsOf(i);
        if (deps.length == 0) {
            return parents;
        }
        int[] out = java.util.Arrays.copyOf(parents, parents.length + deps.length);
        System.arraycopy(deps, 0, out, parents.length, deps.length);
        return out;
    }
}
