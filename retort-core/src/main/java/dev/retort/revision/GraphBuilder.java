package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates revision nodes and turns them into index arrays: a node's index is its position in id
 * order, so every adjacency list built by scanning indices upward is already sorted.
 */
final class GraphBuilder {
    /** Words that target expressions reserve; a revision id or branch label may not be one of them. */
    static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private GraphBuilder() {
    }

    /**
     * The validated structure.
     *
     * @param nodes      sorted by id
     * @param parents    per node, the indices it revises (in declaration order)
     * @param deps       per node, the indices it depends on that it does not also revise
     * @param children   per node, the indices that revise it, ascending
     * @param dependents per node, the indices that depend on it, ascending
     * @param topo       indices in topological order
     */
    record Structure(RevisionNode[] nodes, Map<String, Integer> index, int[][] parents, int[][] deps,
            int[][] children, int[][] dependents, int[] topo) {
    }

    static Structure build(Collection<RevisionNode> input) {
        Objects.requireNonNull(input, "nodes");
        RevisionNode[] nodes = input.toArray(new RevisionNode[0]);
        for (RevisionNode node : nodes) {
            Objects.requireNonNull(node, "node");
        }
        Arrays.sort(nodes, Comparator.comparing(RevisionNode::id));
        int n = nodes.length;
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            RevisionNode node = nodes[i];
            checkId(node);
            if (i > 0 && nodes[i - 1].id().equals(node.id())) {
                throw graphError("Duplicate revision id '" + node.id() + "' in " + nodes[i - 1].origin()
                        + " and " + node.origin() + "; give one of them a new id");
            }
            index.put(node.id(), i);
        }
        int[][] parents = new int[n][];
        int[][] deps = new int[n][];
        Map<String, Integer> dependable = dependable(nodes, index);
        String[] sortedIds = Arrays.stream(nodes).map(RevisionNode::id).toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            parents[i] = edges(nodes[i], nodes[i].revises(), "revises", index, new int[0]);
            List<String> named = new ArrayList<>();
            for (String d : nodes[i].dependsOn()) {
                named.add(dependency(nodes, i, d, dependable, sortedIds));
            }
            deps[i] = edges(nodes[i], named, "depends on", index, parents[i]);
        }
        int[][] children = invert(parents, n);
        int[][] dependents = invert(deps, n);
        int[] topo = kahn(nodes, parents, deps, children, dependents);
        return new Structure(nodes, Map.copyOf(index), parents, deps, children, dependents, topo);
    }

    private static void checkId(RevisionNode node) {
        String id = node.id();
        if (id.isEmpty() || RESERVED.contains(id) || !TargetParser.isPlainName(id)) {
            throw graphError(node.origin() + ": '" + id + "' cannot be a revision id; use letters, digits, "
                    + "'_', '.' or '-', and none of head, heads, base, current");
        }
    }

    /** Ids and branch labels (each naming the revision that declares it); a repeated label is reported later. */
    private static Map<String, Integer> dependable(RevisionNode[] nodes, Map<String, Integer> index) {
        Map<String, Integer> out = new HashMap<>(index);
        for (int i = 0; i < nodes.length; i++) {
            for (String label : nodes[i].branchLabels()) {
                out.putIfAbsent(label, i);
            }
        }
        return out;
    }

    /**
     * The id a {@code depends_on} entry names: an id, a branch label (the revision declaring it, as Alembic
     * resolves it) or a unique prefix of at least four characters; unknown names pass through to be reported.
     */
    private static String dependency(RevisionNode[] nodes, int i, String name, Map<String, Integer> dependable,
            String[] sortedIds) {
        Integer exact = dependable.get(name);
        if (exact != null) {
            return nodes[exact].id();
        }
        if (name.length() < RevisionGraph.MIN_PREFIX) {
            return name;
        }
        int from = Arrays.binarySearch(sortedIds, name);
        from = from < 0 ? -from - 1 : from;
        int to = from;
        while (to < sortedIds.length && sortedIds[to].startsWith(name)) {
            to++;
        }
        if (to - from > 1) {
            throw graphError(nodes[i].origin() + ": depends on '" + name + "', which starts several revision ids ("
                    + Names.list(Arrays.asList(sortedIds).subList(from, to)) + "); give more characters");
        }
        return to - from == 1 ? sortedIds[from] : name;
    }

    /** Indices of {@code ids}, rejecting unknown ids, self references and repeats; skips any in {@code skip}. */
    private static int[] edges(RevisionNode node, List<String> ids, String verb, Map<String, Integer> index, int[] skip) {
        int[] out = new int[ids.size()];
        int count = 0;
        for (String id : ids) {
            if (id.equals(node.id())) {
                throw graphError(node.origin() + ": revision '" + id + "' " + verb + " itself");
            }
            Integer target = index.get(id);
            if (target == null) {
                throw graphError(node.origin() + ": " + verb + " unknown revision '" + id
                        + "'; fix the id" + (verb.equals("revises") ? "" : " or branch label")
                        + " or restore that revision's script");
            }
            boolean seen = contains(skip, skip.length, target) || contains(out, count, target);
            if (seen && verb.equals("revises")) {
                throw graphError(node.origin() + ": revises '" + id + "' twice");
            }
            if (!seen) {
                out[count++] = target;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Reverses adjacency lists; scanning sources upward keeps each result ascending. */
    private static int[][] invert(int[][] edges, int n) {
        int[] counts = new int[n];
        for (int[] targets : edges) {
            for (int t : targets) {
                counts[t]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int source = 0; source < n; source++) {
            for (int t : edges[source]) {
                out[t][counts[t]++] = source;
            }
        }
        return out;
    }

    /** Kahn's algorithm with a FIFO seeded in id order; successors released in id order. */
    private static int[] kahn(RevisionNode[] nodes, int[][] parents, int[][] deps, int[][] children, int[][] dependents) {
        int n = nodes.length;
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = parents[i].length + deps[i].length;
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int[] a = children[queue[head]];
            int[] b = dependents[queue[head]];
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                int next = j == b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
                if (--waiting[next] == 0) {
                    queue[tail++] = next;
                }
            }
        }
        if (tail < n) {
            throw cycle(nodes, parents, deps, waiting);
        }
        return queue;
    }

    /**
     * Every node Kahn left behind still waits for a predecessor that was left behind too, so following
     * such predecessors from any of them must revisit a node: that loop is a cycle. Linear.
     */
    private static RetortException cycle(RevisionNode[] nodes, int[][] parents, int[][] deps, int[] waiting) {
        int[] position = new int[nodes.length];
        Arrays.fill(position, -1);
        List<Integer> walk = new ArrayList<>();
        List<String> verbs = new ArrayList<>();
        int current = 0;
        while (waiting[current] == 0) {
            current++;
        }
        while (position[current] < 0) {
            position[current] = walk.size();
            walk.add(current);
            int next = -1;
            String verb = null;
            for (int p : parents[current]) {
                if (waiting[p] > 0) {
                    next = p;
                    verb = "revises";
                    break;
                }
            }
            if (next < 0) {
                for (int d : deps[current]) {
                    if (waiting[d] > 0) {
                        next = d;
                        verb = "depends on";
                        break;
                    }
                }
            }
            verbs.add(verb);
            current = next;
        }
        StringBuilder message = new StringBuilder("Revision cycle: ");
        for (int k = position[current]; k < walk.size(); k++) {
            RevisionNode node = nodes[walk.get(k)];
            int next = k + 1 < walk.size() ? walk.get(k + 1) : current;
            message.append(node.origin()).append(" (").append(node.id()).append(") ").append(verbs.get(k))
                    .append(' ').append(nodes[next].id()).append(k + 1 < walk.size() ? ", " : "");
        }
        return graphError(message.append("; remove one of these edges").toString());
    }

    static RetortException graphError(String message) {
        return new RetortException(ErrorCode.GRAPH, message);
    }
}
