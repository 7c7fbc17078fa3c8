package dev.retort.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A naive reference of Alembic's traversal for the property test, written from Alembic's documented rules
 * and its RevisionMap, not from Retort's planner: every question walks the graph afresh. Results are the
 * applied set after a command (null when the command must be refused).
 */
final class AlembicModel {
    private final RandomGraphs.Model model;
    private final Map<String, String> declarers = new TreeMap<>();

    AlembicModel(RandomGraphs.Model model) {
        this.model = model;
        model.byId.values().forEach(node -> node.branchLabels().forEach(label -> declarers.put(label, node.id())));
    }

    Map<String, String> declarers() {
        return declarers;
    }

    /**
     * {@code downgrade}: the roots are the bases (target null) or the revisions that revise the target; with
     * several roots and an anchor (the branch of {@code label@...}), only those the anchor descends from; then
     * everything applied that revises or depends on a root, directly or not, is reverted.
     */
    Set<String> downgrade(Set<String> applied, String target, String anchor) {
        List<String> roots = new ArrayList<>();
        for (RevisionNode node : model.byId.values()) {
            if (target == null ? node.revises().isEmpty() : node.revises().contains(target)) {
                roots.add(node.id());
            }
        }
        if (anchor != null && roots.size() > 1) {
            Set<String> line = model.ancestorsOrSelf(anchor, false);
            roots.removeIf(r -> !line.contains(r));
            if (roots.isEmpty()) {
                return null;
            }
        }
        Set<String> after = new HashSet<>(applied);
        for (String root : roots) {
            if (applied.contains(root)) {
                after.removeAll(model.descendantsOrSelf(root));
            }
        }
        return after;
    }

    /** {@code stamp}: rows sharing a lineage (dependencies included) with the target give way to it. */
    Set<String> stampRows(Set<String> rows, String target, String baseOfLabel) {
        Set<String> out = new HashSet<>();
        for (String row : rows) {
            boolean replaced = target != null
                    ? model.ancestorsOrSelf(target, true).contains(row) || model.descendantsOrSelf(target).contains(row)
                    : baseOfLabel == null || model.ancestorsOrSelf(row, true).contains(declarers.get(baseOfLabel))
                            || model.descendantsOrSelf(row).contains(declarers.get(baseOfLabel));
            if (!replaced) {
                out.add(row);
            }
        }
        if (target != null) {
            out.add(target);
        }
        return model.rows(model.applied(out));
    }

    /** The single head in the lineage of {@code anchor}, or null when there are several. */
    String headOf(String anchor) {
        Set<String> line = model.lineage(anchor);
        List<String> heads = line.stream().filter(id -> model.children.get(id).isEmpty()).toList();
        return heads.size() == 1 ? heads.get(0) : null;
    }

    /** {@code steps} down through single parents from {@code start}; "base" past a base; null when ambiguous or below. */
    String walkDown(String start, int steps) {
        String current = start;
        for (int i = 0; i < steps; i++) {
            if (current.equals("base")) {
                return null;
            }
            List<String> parents = model.byId.get(current).revises();
            if (parents.size() > 1) {
                return null;
            }
            current = parents.isEmpty() ? "base" : parents.get(0);
        }
        return current;
    }

    /** {@code steps} up from base through the bases and then single children, within {@code anchor}'s lineage. */
    String walkUpFromBase(String anchor, int steps) {
        Set<String> line = anchor == null ? model.ids() : model.lineage(anchor);
        String current = null;
        for (int i = 0; i < steps; i++) {
            List<String> next = new ArrayList<>();
            for (String id : line) {
                RevisionNode node = model.byId.get(id);
                if (current == null ? node.revises().isEmpty() : node.revises().contains(current)) {
                    next.add(id);
                }
            }
            if (next.size() != 1) {
                return null;
            }
            current = next.get(0);
        }
        return current;
    }
}
