package dev.retort.revision;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.UnknownRevisionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated revision graph. Built once per command; every query is O(1) or linear in the
 * number of revisions (never a walk of the ancestry per revision).
 *
 * <p>Edges: {@code revises} (versioned parents) and {@code dependsOn} (must be applied first, but a
 * dependency stays a head if nothing revises it). Heads are the revisions no other revision revises.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(
 *         RevisionNode.of("a1b2c3"), RevisionNode.of("d4e5f6", "a1b2c3")));
 * graph.heads();            // [d4e5f6]
 * graph.resolve("d4e5");    // d4e5f6
 * }</pre>
 */
public final class RevisionGraph {
    /** Shortest prefix that {@link #resolve} accepts for a partial id. */
    static final int MIN_PREFIX = 4;

    private final RevisionNode[] nodes;
    private final String[] ids;
    private final Map<String, Integer> index;
    private final int[][] parents;
    private final int[][] deps;
    private final int[][] children;
    private final int[][] dependents;
    private final int[] topo;
    private final int[] topoPosition;
    private final List<RevisionNode> topoList;
    private final List<RevisionNode> heads;
    private final List<RevisionNode> bases;
    private final List<RevisionNode> branchPoints;
    private final BranchLabels labels;

    private RevisionGraph(GraphBuilder.Structure s) {
        nodes = s.nodes();
        int n = nodes.length;
        ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = nodes[i].id();
        }
        index = s.index();
        parents = s.parents();
        deps = s.deps();
        children = s.children();
        dependents = s.dependents();
        topo = s.topo();
        topoPosition = new int[n];
        List<RevisionNode> order = new ArrayList<>(n);
        List<RevisionNode> headList = new ArrayList<>();
        List<RevisionNode> baseList = new ArrayList<>();
        List<RevisionNode> branchList = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = topo[k];
            topoPosition[i] = k;
            order.add(nodes[i]);
            if (children[i].length == 0) {
                headList.add(nodes[i]);
            }
            if (parents[i].length == 0) {
                baseList.add(nodes[i]);
            }
            if (children[i].length > 1) {
                branchList.add(nodes[i]);
            }
        }
        topoList = List.copyOf(order);
        heads = List.copyOf(headList);
        bases = List.copyOf(baseList);
        branchPoints = List.copyOf(branchList);
        labels = BranchLabels.compute(s);
    }

    /**
     * Validates and indexes {@code nodes}.
     *
     * @throws dev.retort.error.RetortException with code GRAPH for a duplicate id, a parent or dependency that
     *         does not exist, a revision that revises or depends on itself, or a cycle; the message names
     *         the origins (script files) involved
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        return new RevisionGraph(GraphBuilder.build(nodes));
    }

    public int size() {
        return nodes.length;
    }

    public Optional<RevisionNode> find(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(nodes[i]);
    }

    /** The revision with exactly this id; UnknownRevisionException otherwise. */
    public RevisionNode get(String id) {
        return nodes[indexOf(id)];
    }

    /**
     * The revision with this id, or the only one whose id starts with it (at least 4 characters for a
     * prefix). UnknownRevisionException or AmbiguousRevisionException (listing the candidates).
     */
    public RevisionNode resolve(String idOrPrefix) {
        return nodes[resolveIndex(idOrPrefix)];
    }

    /** Every revision, parents and dependencies before children; deterministic. */
    public List<RevisionNode> topologicalOrder() {
        return topoList;
    }

    /** Revisions that no other revision revises, in topological order. */
    public List<RevisionNode> heads() {
        return heads;
    }

    /** Revisions with no parents, in topological order. */
    public List<RevisionNode> bases() {
        return bases;
    }

    /** Revisions that revise {@code id}. */
    public List<RevisionNode> children(String id) {
        return nodesOf(children[indexOf(id)]);
    }

    /**
     * What {@code id} depends on besides its parents, resolved: a {@code dependsOn} entry may name a branch
     * label (the revision that declares it) or a unique partial id.
     */
    public List<RevisionNode> dependencies(String id) {
        return nodesOf(deps[indexOf(id)]);
    }

    /** Revisions that depend on {@code id}. */
    public List<RevisionNode> dependents(String id) {
        return nodesOf(dependents[indexOf(id)]);
    }

    public boolean isHead(String id) {
        return children[indexOf(id)].length == 0;
    }

    /** Revised by two or more revisions. */
    public boolean isBranchPoint(String id) {
        return children[indexOf(id)].length > 1;
    }

    /** Revisions that two or more revisions revise, in topological order. */
    public List<RevisionNode> branchPoints() {
        return branchPoints;
    }

    /**
     * The labels in effect on {@code id}: its own, those of the labelled revision it descends from, and
     * those a labelled descendant passes down its single line of ancestors (Alembic's rule).
     */
    public Set<String> branchLabels(String id) {
        return labels.of(indexOf(id));
    }

    /** Whether some revision declares {@code label}. */
    public boolean hasBranchLabel(String label) {
        return labels.isDeclared(label);
    }

    // Index-based view for the planner: a node's index is its position in id order.

    int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw unknown(id, "No revision '" + id + "' in versions/; run 'retort history' to list them");
        }
        return i;
    }

    int resolveIndex(String idOrPrefix) {
        Integer exact = index.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        if (idOrPrefix.length() < MIN_PREFIX) {
            throw unknown(idOrPrefix, "No revision '" + idOrPrefix
                    + "' in versions/; please give at least four characters for a partial revision id");
        }
        int from = Arrays.binarySearch(ids, idOrPrefix);
        from = from < 0 ? -from - 1 : from;
        int to = from;
        while (to < ids.length && ids[to].startsWith(idOrPrefix)) {
            to++;
        }
        if (to == from) {
            return indexOf(idOrPrefix);
        }
        if (to - from > 1) {
            List<String> candidates = Arrays.asList(ids).subList(from, to);
            throw new AmbiguousRevisionException(idOrPrefix, candidates, "Revision prefix '" + idOrPrefix
                    + "' matches several revisions (" + Names.list(candidates) + "); give more characters");
        }
        return from;
    }

    private static UnknownRevisionException unknown(String argument, String message) {
        return new UnknownRevisionException(argument, message);
    }

    RevisionNode node(int i) {
        return nodes[i];
    }

    String id(int i) {
        return ids[i];
    }

    int[] parentsOf(int i) {
        return parents[i];
    }

    int[] depsOf(int i) {
        return deps[i];
    }

    int[] childrenOf(int i) {
        return children[i];
    }

    int[] dependentsOf(int i) {
        return dependents[i];
    }

    /** Indices in topological order; callers must not modify it. */
    int[] topo() {
        return topo;
    }

    int topoPosition(int i) {
        return topoPosition[i];
    }

    BranchLabels labels() {
        return labels;
    }

    List<RevisionNode> nodesOf(int[] indices) {
        List<RevisionNode> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(nodes[i]);
        }
        return List.copyOf(out);
    }

    /**
     * Marks {@code from} and everything they revise (and, with {@code withDeps}, depend on), directly or
     * not, that is not yet marked; the walk stops at marked revisions.
     */
    void markAncestors(int[] from, boolean[] marked, boolean withDeps) {
        int[] stack = new int[nodes.length];
        int top = 0;
        for (int i : from) {
            if (!marked[i]) {
                marked[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            top = pushUnmarked(parents[i], null, marked, stack, top);
            if (withDeps) {
                top = pushUnmarked(deps[i], null, marked, stack, top);
            }
        }
    }

    /**
     * Marks {@code from} and everything that revises (and, with {@code withDeps}, depends on) them,
     * directly or not, among revisions {@code within} allows (null for all), that is not yet marked.
     */
    void markDescendants(int[] from, boolean[] within, boolean[] marked, boolean withDeps) {
        int[] stack = new int[nodes.length];
        int top = 0;
        for (int i : from) {
            if (!marked[i]) {
                marked[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            top = pushUnmarked(children[i], within, marked, stack, top);
            if (withDeps) {
                top = pushUnmarked(dependents[i], within, marked, stack, top);
            }
        }
    }

    private static int pushUnmarked(int[] next, boolean[] within, boolean[] marked, int[] stack, int top) {
        for (int p : next) {
            if (!marked[p] && (within == null || within[p])) {
                marked[p] = true;
                stack[top++] = p;
            }
        }
        return top;
    }
}
