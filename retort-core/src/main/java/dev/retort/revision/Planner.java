package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.TargetResolver.Resolved;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a target expression and the database's current heads into a {@link Plan}. Pure: the current
 * heads (the version table's rows) are passed in.
 *
 * <p>Target expressions: {@code head}, {@code heads}, {@code base}, {@code +N}, {@code -N}, a full or
 * partial id, {@code REV+N}, {@code REV-N}, {@code head-N}, {@code label@head}, {@code label@base},
 * {@code label@REV}, {@code label@+N}, {@code label@-N}, or a label alone (its head).
 *
 * <pre>{@code
 * Planner planner = new Planner(graph);
 * Plan plan = planner.upgrade(Set.of("ae1027"), "head");
 * for (Step step : plan.steps()) { ... run it, then delete step.removedHeads(), insert step.addedHeads() }
 * }</pre>
 *
 * <p>Every method is linear in the size of the graph: it marks what it needs in a few passes over
 * precomputed index arrays and never walks the ancestry once per step.
 */
public final class Planner {
    private final RevisionGraph graph;
    private final TargetResolver resolver;

    public Planner(RevisionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.resolver = new TargetResolver(graph);
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** The plan that applies {@code target} and everything it needs that is not applied yet. */
    public Plan upgrade(Set<String> currentHeads, String target) {
        State state = State.of(graph, currentHeads);
        Resolved resolved = resolver.resolve(target, state);
        int[] wanted = resolved.labelBase() != null ? new int[0] : resolved.nodes();
        boolean[] needed = state.applied().clone();
        graph.markAncestors(wanted, needed, true);
        boolean[] rows = rowMask(state);
        List<Step> steps = new ArrayList<>();
        for (int i : graph.topo()) {
            if (!needed[i] || state.applied()[i]) {
                continue;
            }
            List<String> removed = new ArrayList<>();
            for (int p : graph.parentsOf(i)) {
                if (rows[p]) {
                    rows[p] = false;
                    removed.add(graph.id(p));
                }
            }
            rows[i] = true;
            steps.add(new Step(graph.node(i), Direction.UPGRADE, removed, List.of(graph.id(i))));
        }
        return new Plan(Direction.UPGRADE, currentHeads, steps, ids(rows));
    }

    /** The plan that reverts every applied revision that descends from {@code target}. */
    public Plan downgrade(Set<String> currentHeads, String target) {
        State state = State.of(graph, currentHeads);
        Resolved resolved = resolver.resolve(target, state);
        if (resolved.labelBase() == null) {
            for (int t : resolved.nodes()) {
                if (!state.applied()[t]) {
                    throw new RetortException(ErrorCode.INVALID_TARGET, "revision " + graph.id(t)
                            + " is not applied; the database is at " + state.describe(graph)
                            + " (use 'retort upgrade' to move forward)");
                }
            }
        }
        return downgrade(currentHeads, state, resolved);
    }

    private Plan downgrade(Set<String> currentHeads, State state, Resolved resolved) {
        boolean[] applied = state.applied();
        boolean[] revert = revertSet(state, resolved);
        int n = graph.size();
        int[] appliedChildren = new int[n];
        for (int i = 0; i < n; i++) {
            if (applied[i]) {
                for (int p : graph.parentsOf(i)) {
                    appliedChildren[p]++;
                }
            }
        }
        boolean[] stillApplied = applied.clone();
        boolean[] rows = rowMask(state);
        List<Step> steps = new ArrayList<>();
        int[] topo = graph.topo();
        for (int k = topo.length - 1; k >= 0; k--) {
            int i = topo[k];
            if (!revert[i]) {
                continue;
            }
            List<String> removed = rows[i] ? List.of(graph.id(i)) : List.of();
            rows[i] = false;
            stillApplied[i] = false;
            List<String> added = new ArrayList<>();
            for (int p : graph.parentsOf(i)) {
                if (--appliedChildren[p] == 0 && stillApplied[p] && !rows[p]) {
                    rows[p] = true;
                    added.add(graph.id(p));
                }
            }
            steps.add(new Step(graph.node(i), Direction.DOWNGRADE, removed, added));
        }
        return new Plan(Direction.DOWNGRADE, currentHeads, steps, ids(rows));
    }

    /** The applied revisions a downgrade to {@code resolved} reverts. */
    private boolean[] revertSet(State state, Resolved resolved) {
        boolean[] applied = state.applied();
        int n = graph.size();
        boolean[] revert = new boolean[n];
        if (resolved.labelBase() != null) {
            List<Integer> labelled = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (applied[i] && graph.labels().has(i, resolved.labelBase())) {
                    labelled.add(i);
                }
            }
            graph.markDescendants(toArray(labelled), applied, revert, true);
            return revert;
        }
        if (resolved.nodes().length == 0) {
            return applied.clone();
        }
        graph.markDescendants(resolved.nodes(), applied, revert, true);
        // A target can descend from another (-1 from a merge of a revision and its own ancestor): keep
        // everything any target needs.
        boolean[] kept = new boolean[n];
        graph.markAncestors(resolved.nodes(), kept, true);
        for (int i = 0; i < n; i++) {
            revert[i] &= !kept[i];
        }
        if (resolved.lineHead() < 0) {
            return revert;
        }
        // -N from a current head: only that head's line, plus whatever else needs what the line reverts.
        boolean[] line = new boolean[n];
        graph.markAncestors(new int[] {resolved.lineHead()}, line, true);
        List<Integer> seeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (revert[i] && line[i]) {
                seeds.add(i);
            }
        }
        boolean[] onLine = new boolean[n];
        graph.markDescendants(toArray(seeds), applied, onLine, true);
        return onLine;
    }

    /** The version rows after {@code stamp target}; with {@code purge}, the current rows are ignored. */
    public Set<String> stamp(Set<String> currentHeads, String target, boolean purge) {
        State state = State.of(graph, currentHeads, !purge);
        Resolved resolved = resolver.resolve(target, state);
        if (resolved.labelBase() != null) {
            return purge ? Set.of() : downgrade(currentHeads, state, resolved).endHeads();
        }
        int[] targets = resolved.nodes();
        int n = graph.size();
        boolean[] keep = new boolean[n];
        if (purge || targets.length == 0) {
            // Stamping base empties the table; nothing else sensibly survives it.
            for (int t : targets) {
                keep[t] = true;
            }
            return ids(keep);
        }
        boolean[] ancestors = new boolean[n];
        graph.markAncestors(targets, ancestors, false);
        boolean[] descendants = new boolean[n];
        graph.markDescendants(targets, null, descendants, false);
        List<Integer> candidates = new ArrayList<>();
        for (int r : state.rows()) {
            if (!ancestors[r] && !descendants[r]) {
                candidates.add(r);
            }
        }
        for (int t : targets) {
            candidates.add(t);
        }
        // A row that another row revises, directly or not, is implied by it: drop it.
        List<Integer> parents = new ArrayList<>();
        for (int c : candidates) {
            for (int p : graph.parentsOf(c)) {
                parents.add(p);
            }
        }
        boolean[] implied = new boolean[n];
        graph.markAncestors(toArray(parents), implied, false);
        for (int c : candidates) {
            keep[c] = !implied[c];
        }
        return ids(keep);
    }

    /** The revisions a target names (for {@code show}); {@code base} names none. */
    public List<RevisionNode> resolveTarget(Set<String> currentHeads, String target) {
        return graph.nodesOf(resolver.resolve(target, State.of(graph, currentHeads)).nodes());
    }

    /**
     * The revisions of {@code history -r range}, newest first. {@code range} is {@code A:B}, {@code A:},
     * {@code :B} or null for all; each end is a target expression or {@code current}.
     */
    public List<RevisionNode> history(Set<String> currentHeads, String range) {
        int n = graph.size();
        boolean[] lower = new boolean[n];
        boolean[] upper = new boolean[n];
        if (range == null || range.isBlank()) {
            Arrays.fill(lower, true);
            Arrays.fill(upper, true);
        } else {
            int colon = range.indexOf(':');
            if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "Bad history range '" + range
                        + "': write START:END, START: or :END, where each end is a target or 'current'");
            }
            State state = State.of(graph, currentHeads);
            int[] from = end(range.substring(0, colon), state);
            int[] to = end(range.substring(colon + 1), state);
            if (from == null || from.length == 0) {
                Arrays.fill(lower, true);
            } else {
                graph.markDescendants(from, null, lower, true);
            }
            if (to == null) {
                Arrays.fill(upper, true);
            } else {
                graph.markAncestors(to, upper, true);
            }
        }
        List<RevisionNode> out = new ArrayList<>();
        int[] topo = graph.topo();
        for (int k = topo.length - 1; k >= 0; k--) {
            if (lower[topo[k]] && upper[topo[k]]) {
                out.add(graph.node(topo[k]));
            }
        }
        return List.copyOf(out);
    }

    /** The revisions one end of a history range names; null for an open end. */
    private int[] end(String expression, State state) {
        return expression.isEmpty() ? null : resolver.resolve(expression, state).nodes();
    }

    /** Every revision applied when {@code currentHeads} are the version rows (their ancestors, dependencies included). */
    public Set<String> applied(Set<String> currentHeads) {
        return ids(State.of(graph, currentHeads).applied());
    }

    private boolean[] rowMask(State state) {
        boolean[] rows = new boolean[graph.size()];
        for (int r : state.rows()) {
            rows[r] = true;
        }
        return rows;
    }

    /** The ids marked, in topological order. */
    private Set<String> ids(boolean[] marked) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : graph.topo()) {
            if (marked[i]) {
                out.add(graph.id(i));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
