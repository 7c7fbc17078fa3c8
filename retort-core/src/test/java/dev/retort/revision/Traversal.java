package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A literal graph and assertions on what a command does to it: the revisions it runs (as a set, checked to
 * run in a valid order) and the exact version rows afterwards, checked after every step too.
 */
final class Traversal {
    private final List<RevisionNode> nodes = new ArrayList<>();
    private RevisionGraph graph;
    private Planner planner;

    /** {@code id} revising {@code revises} (space separated, "" for a base). */
    Traversal rev(String id, String revises) {
        return rev(id, revises, "", "");
    }

    Traversal rev(String id, String revises, String dependsOn, String label) {
        nodes.add(new RevisionNode(id, words(revises), words(dependsOn), Set.copyOf(words(label)), id + ".py"));
        graph = null;
        return this;
    }

    Planner planner() {
        if (graph == null) {
            graph = RevisionGraph.of(nodes);
            planner = new Planner(graph);
        }
        return planner;
    }

    /** {@code upgrade target} from {@code rows} runs exactly {@code steps} (any valid order) and leaves {@code end}. */
    Plan upgrade(String rows, String target, String steps, String end) {
        return check(planner().upgrade(Set.copyOf(words(rows)), target), steps, end, "upgrade " + target + " from " + rows);
    }

    Plan downgrade(String rows, String target, String steps, String end) {
        return check(planner().downgrade(Set.copyOf(words(rows)), target), steps, end, "downgrade " + target + " from " + rows);
    }

    void stamp(String rows, String target, String end) {
        assertEquals(Set.copyOf(words(end)), planner().stamp(Set.copyOf(words(rows)), target, false),
                "stamp " + target + " from " + rows);
    }

    /** The revisions of the plan, in its order, for asserting an exact order where Alembic's tests fix one. */
    static List<String> order(Plan plan) {
        return Graphs.stepIds(plan);
    }

    private Plan check(Plan plan, String steps, String end, String what) {
        assertEquals(Set.copyOf(words(steps)), Set.copyOf(order(plan)), what + ": revisions run");
        assertEquals(words(steps).size(), plan.steps().size(), what + ": each once");
        replay(plan, what);
        assertEquals(Set.copyOf(words(end)), plan.endHeads(), what + ": version rows");
        return plan;
    }

    /** Every step runs after what it needs (or, down, after what needs it); rows always equal Alembic's rule. */
    private void replay(Plan plan, String what) {
        Set<String> rows = new HashSet<>(plan.startHeads());
        Set<String> applied = new HashSet<>(planner.applied(rows));
        for (Step step : plan.steps()) {
            String id = step.revision().id();
            List<String> before = new ArrayList<>(step.revision().revises());
            graph.dependencies(id).forEach(d -> before.add(d.id()));
            if (step.direction() == Direction.UPGRADE) {
                assertTrue(applied.containsAll(before), what + ": " + id + " runs before what it needs");
                assertTrue(applied.add(id), what + ": " + id + " applied twice");
            } else {
                graph.children(id).forEach(c -> assertFalse(applied.contains(c.id()), what + ": " + id + " before " + c.id()));
                graph.dependents(id).forEach(c -> assertFalse(applied.contains(c.id()), what + ": " + id + " before " + c.id()));
                assertTrue(applied.remove(id), what + ": " + id + " reverted but not applied");
            }
            assertTrue(rows.containsAll(step.removedHeads()), what + ": removes rows that exist");
            rows.removeAll(step.removedHeads());
            rows.addAll(step.addedHeads());
            assertEquals(maximal(applied), rows, what + ": rows after " + id);
        }
    }

    /** The applied revisions that no other applied revision revises or depends on. */
    private Set<String> maximal(Set<String> applied) {
        Set<String> out = new HashSet<>(applied);
        for (String id : applied) {
            out.removeAll(graph.get(id).revises());
            graph.dependencies(id).forEach(d -> out.remove(d.id()));
        }
        return out;
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
