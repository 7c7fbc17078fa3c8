package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.TargetResolver.Resolved;
import dev.retort.revision.TargetResolver.Use;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a target expression and the database's current heads into a {@link Plan}, as Alembic traverses its
 * revision map. Pure: the current heads (the version table's rows) are passed in.
 *
 * <p>Target expressions: see {@link Target} ({@code head}, {@code heads}, {@code base}, an id or unique
 * prefix, a bare label, {@code +N}, {@code -N}, {@code REV+N}, {@code REV-N}, {@code head-N}, {@code base+N},
 * {@code label@head}, {@code label@base}, {@code label@REV}, {@code REV@REV}, {@code label@+N},
 * {@code label@-N}, {@code label@head-N}, {@code label@base+N}). The version rows after every step are the
 * applied revisions that no other applied revision revises or depends on.
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

    /** The parser of target expressions and ranges for this graph. */
    public TargetParser parser() {
        return resolver.parser();
    }

    /** The plan that applies {@code target} and everything it needs that is not applied yet. */
    public Plan upgrade(Set<String> currentHeads, String target) {
        return upgrade(currentHeads, resolver.parser().parse(target), target);
    }

    Plan upgrade(Set<String> currentHeads, Target target, String expression) {
        State state = State.of(graph, currentHeads);
        Resolved resolved = resolver.resolve(target, state, Use.UPGRADE, expression);
        boolean[] needed = state.applied().clone();
        graph.markAncestors(resolved.nodes(), needed, true);
        Rows rows = new Rows(graph, state);
        List<Step> steps = new ArrayList<>();
        for (int i : graph.topo()) {
            if (needed[i] && !state.applied()[i]) {
                steps.add(rows.upgrade(i));
            }
        }
        return new Plan(Direction.UPGRADE, currentHeads, steps, rows.ids());
    }

    /**
     * The plan that reverts what lies above {@code target}: the revisions that revise it, everything that
     * revises or depends on those, as far as applied. With a branch ({@code label@REV}, {@code -N}), only
     * that branch's part above a branch point.
     */
    public Plan downgrade(Set<String> currentHeads, String target) {
        return downgrade(currentHeads, resolver.parser().parse(target), target);
    }

    Plan downgrade(Set<String> currentHeads, Target target, String expression) {
        State state = State.of(graph, currentHeads);
        Resolved resolved = resolver.resolve(target, state, Use.DOWNGRADE, expression);
        for (int t : resolved.nodes()) {
            if (!state.applied()[t]) {
                throw new RetortException(ErrorCode.INVALID_TARGET, "revision " + graph.id(t)
                        + " is not applied; the database is at " + state.describe(graph)
                        + " (use 'retort upgrade' to move forward)");
            }
        }
        boolean[] revert = revertSet(state, resolved, expression);
        Rows rows = new Rows(graph, state);
        List<Step> steps = new ArrayList<>();
        int[] topo = graph.topo();
        for (int k = topo.length - 1; k >= 0; k--) {
            if (revert[topo[k]]) {
                steps.add(rows.downgrade(topo[k]));
            }
        }
        return new Plan(Direction.DOWNGRADE, currentHeads, steps, rows.ids());
    }

    /**
     * Alembic's rule: the roots to drop are the bases (for base) or the revisions that revise the target;
     * with several roots and a branch, only those its anchor descends from; then all that is applied and
     * revises or depends on a root, directly or not.
     */
    private boolean[] revertSet(State state, Resolved resolved, String expression) {
        int n = graph.size();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (resolved.base() ? graph.parentsOf(i).length == 0 : revisesAny(i, resolved.nodes())) {
                roots.add(i);
            }
        }
        if (resolved.anchor() >= 0 && roots.size() > 1) {
            boolean[] line = new boolean[n];
            graph.markAncestors(new int[] {resolved.anchor()}, line, false);
            roots.removeIf(r -> !line[r]);
            if (roots.isEmpty()) {
                throw new RetortException(ErrorCode.INVALID_TARGET, "'" + expression + "' names nothing to revert: no"
                        + " revision above it is on the line of " + graph.id(resolved.anchor()));
            }
        }
        roots.removeIf(r -> !state.applied()[r]);
        boolean[] revert = new boolean[n];
        graph.markDescendants(roots.stream().mapToInt(Integer::intValue).toArray(), state.applied(), revert, true);
        return revert;
    }

    private boolean revisesAny(int i, int[] targets) {
        for (int p : graph.parentsOf(i)) {
            for (int t : targets) {
                if (p == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The version rows after {@code stamp target}; with {@code purge}, the current rows are ignored. */
    public Set<String> stamp(Set<String> currentHeads, String target, boolean purge) {
        return stamp(currentHeads, resolver.parser().parse(target), target, purge);
    }

    /**
     * Alembic's rule: the rows that share a lineage (dependencies included) with a target give way to it, the
     * other rows stay; {@code label@base} deletes the rows on the label's lineage. Rows another row implies
     * are dropped.
     */
    Set<String> stamp(Set<String> currentHeads, Target target, String expression, boolean purge) {
        State state = State.of(graph, currentHeads, !purge);
        Resolved resolved = resolver.resolve(target, state, Use.ANY, expression);
        int n = graph.size();
        boolean[] replaced = new boolean[n];
        if (purge || resolved.base() && resolved.anchor() < 0) {
            Arrays.fill(replaced, true);
        } else if (resolved.base()) {
            replaced = resolver.lineage().of(resolved.anchor(), true);
        }
        for (int t : resolved.nodes()) {
            boolean[] line = resolver.lineage().of(t, true);
            for (int i = 0; i < n; i++) {
                replaced[i] |= line[i];
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int r : state.rows()) {
            if (!replaced[r]) {
                kept.add(r);
            }
        }
        for (int t : resolved.nodes()) {
            kept.add(t);
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        boolean[] applied = new boolean[n];
        graph.markAncestors(rows, applied, true);
        return new Rows(graph, new State(rows, applied)).ids();
    }

    /** The revisions a target names (for {@code show}); {@code base} names none. */
    public List<RevisionNode> resolveTarget(Set<String> currentHeads, String target) {
        return graph.nodesOf(resolver.resolve(target, State.of(graph, currentHeads), Use.ANY).nodes());
    }

    /** Whether resolving {@code targetOrRange} needs the version rows ({@code current}, {@code +N}, {@code label@-N}). */
    public boolean readsDatabase(String targetOrRange) {
        return targetOrRange != null && !targetOrRange.isBlank() && parser().parseRange(targetOrRange).readsDatabase();
    }

    /**
     * The revisions of {@code history -r range}, newest first. {@code range} is {@code A:B}, {@code A:},
     * {@code :B} or null for all; each end is a target expression or {@code current}.
     */
    public List<RevisionNode> history(Set<String> currentHeads, String range) {
        int n = graph.size();
        boolean[] lower = new boolean[n];
        boolean[] upper = new boolean[n];
        TargetRange parsed = range == null || range.isBlank() ? new TargetRange(null, null) : historyRange(range);
        State state = parsed.from() == null && parsed.to() == null ? null : State.of(graph, currentHeads);
        int[] from = parsed.from() == null ? new int[0] : resolver.resolve(parsed.from(), state, Use.ANY, range).nodes();
        if (from.length == 0) {
            Arrays.fill(lower, true);
        } else {
            graph.markDescendants(from, null, lower, true);
        }
        if (parsed.to() == null) {
            Arrays.fill(upper, true);
        } else {
            graph.markAncestors(resolver.resolve(parsed.to(), state, Use.ANY, range).nodes(), upper, true);
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

    private TargetRange historyRange(String range) {
        if (range.indexOf(':') < 0) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "Bad history range '" + range
                    + "': write START:END, START: or :END, where each end is a target or 'current'");
        }
        return parser().parseRange(range);
    }

    /** Every revision applied when {@code currentHeads} are the version rows (their ancestors, dependencies included). */
    public Set<String> applied(Set<String> currentHeads) {
        return ids(State.of(graph, currentHeads).applied());
    }

    /** The plan of {@code upgrade [FROM:]TO --sql}: from FROM's revisions (base when absent), reading no database. */
    public Plan upgradeRange(String range) {
        return new OfflineRanges(this, resolver).upgrade(range);
    }

    /** The plan of {@code downgrade FROM:TO --sql}, reading no database. */
    public Plan downgradeRange(String range) {
        return new OfflineRanges(this, resolver).downgrade(range);
    }

    /** The rows before and after {@code stamp [FROM:]TO --sql}, reading no database. */
    public OfflineStamp stampRange(String range) {
        return new OfflineRanges(this, resolver).stamp(range);
    }

    /** The version rows an offline stamp starts from and writes. */
    public record OfflineStamp(Set<String> start, Set<String> rows) {
        public OfflineStamp {
            start = Set.copyOf(start);
            rows = Collections.unmodifiableSet(new LinkedHashSet<>(rows));
        }
    }

    /** The ids marked, in topological order. */
    Set<String> ids(boolean[] marked) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : graph.topo()) {
            if (marked[i]) {
                out.add(graph.id(i));
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
