package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random revision DAGs for property tests, and a naive reference model to check the graph against:
 * everything here walks the ancestry per question, which is fine for thirty revisions.
 */
final class RandomGraphs {
    private RandomGraphs() {
    }

    /** Random parents among earlier revisions, occasional merges, several bases, dependencies and labels. */
    static List<RevisionNode> generate(Random random, int maxSize) {
        int n = random.nextInt(maxSize + 1);
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (ids.size() < n) {
            String id = Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF));
            if (used.add(id)) {
                ids.add(id);
            }
        }
        List<RevisionNode> nodes = new ArrayList<>();
        boolean[] labelled = new boolean[n];
        for (int i = 0; i < n; i++) {
            Set<String> parents = new LinkedHashSet<>();
            if (i > 0 && random.nextInt(6) != 0) {
                parents.add(ids.get(random.nextInt(i)));
                if (random.nextInt(5) == 0) {
                    parents.add(ids.get(random.nextInt(i)));
                    parents.add(ids.get(random.nextInt(i)));
                }
            }
            List<String> deps = new ArrayList<>();
            if (i > 0 && random.nextInt(6) == 0) {
                int j = random.nextInt(i);
                String dep = ids.get(j);
                if (!parents.contains(dep)) {
                    // Sometimes by the label the earlier revision declares, or by a unique partial id.
                    int form = random.nextInt(3);
                    deps.add(form == 0 && labelled[j] ? "L" + j : form == 1 ? partial(ids, dep) : dep);
                }
            }
            labelled[i] = random.nextInt(8) == 0;
            Set<String> labels = labelled[i] ? Set.of("L" + i) : Set.of();
            nodes.add(new RevisionNode(ids.get(i), List.copyOf(parents), deps, labels, "f" + i + ".java"));
        }
        Collections.shuffle(nodes, random);
        return nodes;
    }

    /** The shortest prefix of {@code id} (four characters at least) that no other id starts with. */
    private static String partial(List<String> ids, String id) {
        for (int length = 4; length < id.length(); length++) {
            String prefix = id.substring(0, length);
            if (ids.stream().filter(other -> other.startsWith(prefix)).count() == 1) {
                return prefix;
            }
        }
        return id;
    }

    static String describe(List<RevisionNode> nodes) {
        StringBuilder out = new StringBuilder();
        for (RevisionNode node : nodes) {
            out.append("\n  ").append(node.id()).append(" revises ").append(node.revises());
            if (!node.dependsOn().isEmpty()) {
                out.append(" dependsOn ").append(node.dependsOn());
            }
            if (!node.branchLabels().isEmpty()) {
                out.append(" labels ").append(node.branchLabels());
            }
        }
        return out.toString();
    }

    /** Naive answers about a node list. */
    static final class Model {
        final Map<String, RevisionNode> byId = new HashMap<>();
        final Map<String, List<String>> children = new HashMap<>();
        final Map<String, List<String>> successors = new HashMap<>();

        final Map<String, List<String>> deps = new HashMap<>();

        Model(List<RevisionNode> nodes) {
            Map<String, String> labelled = new HashMap<>();
            for (RevisionNode node : nodes) {
                byId.put(node.id(), node);
                children.put(node.id(), new ArrayList<>());
                successors.put(node.id(), new ArrayList<>());
                node.branchLabels().forEach(label -> labelled.put(label, node.id()));
            }
            for (RevisionNode node : nodes) {
                for (String p : node.revises()) {
                    children.get(p).add(node.id());
                    successors.get(p).add(node.id());
                }
                List<String> resolved = new ArrayList<>();
                for (String name : node.dependsOn()) {
                    String d = labelled.containsKey(name) ? labelled.get(name)
                            : byId.keySet().stream().filter(id -> id.startsWith(name)).findFirst().orElseThrow();
                    resolved.add(d);
                    successors.get(d).add(node.id());
                }
                deps.put(node.id(), resolved);
            }
        }

        /** The applied revisions that no other applied revision revises or depends on: Alembic's version rows. */
        Set<String> rows(Set<String> applied) {
            Set<String> out = new HashSet<>(applied);
            for (String id : applied) {
                out.removeAll(byId.get(id).revises());
                out.removeAll(deps.get(id));
            }
            return out;
        }

        /** {@code id} and all it revises, directly or not, and all that revises it: Alembic's lineage. */
        Set<String> lineage(String id) {
            Set<String> out = ancestorsOrSelf(id, false);
            List<String> todo = new ArrayList<>(List.of(id));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                out.add(next);
                todo.addAll(children.get(next));
            }
            return out;
        }

        Set<String> ids() {
            return byId.keySet();
        }

        /** {@code id} and all it revises or depends on, directly or not; revises only without {@code withDeps}. */
        Set<String> ancestorsOrSelf(String id, boolean withDeps) {
            Set<String> out = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(id));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (out.add(next)) {
                    todo.addAll(byId.get(next).revises());
                    if (withDeps) {
                        todo.addAll(deps.get(next));
                    }
                }
            }
            return out;
        }

        Set<String> descendantsOrSelf(String id) {
            Set<String> out = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(id));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (out.add(next)) {
                    todo.addAll(successors.get(next));
                }
            }
            return out;
        }

        Set<String> applied(Set<String> rows) {
            Set<String> out = new HashSet<>();
            for (String row : rows) {
                out.addAll(ancestorsOrSelf(row, true));
            }
            return out;
        }

        /** Alembic's label rule, literally: descendants of the labelled revision, then down its single line. */
        Map<String, Set<String>> labels() {
            Map<String, Set<String>> out = new HashMap<>();
            for (String id : ids()) {
                out.put(id, new HashSet<>());
            }
            for (RevisionNode node : byId.values()) {
                for (String label : node.branchLabels()) {
                    Set<String> down = new HashSet<>();
                    List<String> todo = new ArrayList<>(List.of(node.id()));
                    while (!todo.isEmpty()) {
                        String next = todo.remove(todo.size() - 1);
                        if (down.add(next)) {
                            todo.addAll(children.get(next));
                        }
                    }
                    down.forEach(id -> out.get(id).add(label));
                    RevisionNode walk = node;
                    while (children.get(walk.id()).size() < 2 && walk.revises().size() < 2) {
                        out.get(walk.id()).add(label);
                        if (walk.revises().isEmpty()) {
                            break;
                        }
                        walk = byId.get(walk.revises().get(0));
                    }
                }
            }
            return out;
        }
    }
}
