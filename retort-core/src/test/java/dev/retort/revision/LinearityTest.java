package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.AmbiguousRevisionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Large graphs. No timing assertions: the timeouts are generous guards that a linear planner meets
 * with ease (about a second each), while one that walks the ancestry per step (quadratic) would
 * need minutes on the 100,000-revision chain or the 50,000 branches.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LinearityTest {

    private static String id(int i) {
        return String.format("r%06d", i);
    }

    /** r0 <- r1 <- ... with every third revision also depending on the one two below it, and two labels. */
    private static List<RevisionNode> chain(int size) {
        List<RevisionNode> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<String> revises = i == 0 ? List.of() : List.of(id(i - 1));
            List<String> deps = i >= 2 && i % 3 == 0 ? List.of(id(i - 2)) : List.of();
            Set<String> labels = i == 0 ? Set.of("bottom") : i == size - 1 ? Set.of("top") : Set.of();
            nodes.add(new RevisionNode(id(i), revises, deps, labels, id(i) + ".java"));
        }
        return nodes;
    }

    private static void upAndDown(List<RevisionNode> nodes, String upTarget) {
        RevisionGraph graph = RevisionGraph.of(nodes);
        Planner planner = new Planner(graph);
        Plan up = planner.upgrade(Set.of(), upTarget);
        assertEquals(nodes.size(), up.steps().size());
        assertEquals(graph.heads().size() == 1 ? Set.copyOf(Graphs.ids(graph.heads())) : up.endHeads(), up.endHeads());
        assertEquals(nodes.size(), planner.applied(up.endHeads()).size());
        assertEquals(nodes.size(), planner.history(up.endHeads(), "base:current").size());
        Plan down = planner.downgrade(up.endHeads(), "base");
        assertEquals(nodes.size(), down.steps().size());
        assertEquals(Set.of(), down.endHeads());
    }

    @Test
    void chainOfTenThousand() {
        List<RevisionNode> nodes = chain(10_000);
        upAndDown(nodes, "head");
        RevisionGraph graph = RevisionGraph.of(nodes);
        Planner planner = new Planner(graph);
        assertEquals(Set.of("top", "bottom"), graph.branchLabels(id(5_000)));
        assertEquals(List.of(id(9_999)), Graphs.stepIds(planner.upgrade(Set.of(id(9_998)), "+1")));
        assertEquals(9_999, planner.upgrade(Set.of(), "+9999").steps().size());
        assertEquals(9_999, planner.downgrade(Set.of(id(9_999)), "-9999").steps().size());
        assertEquals(10_000, planner.downgrade(Set.of(id(9_999)), "bottom@base").steps().size());
        assertEquals(5_000, planner.upgrade(Set.of(id(4_999)), "top").steps().size());
    }

    @Test
    void chainOfOneHundredThousand() {
        upAndDown(chain(100_000), "head");
    }

    @Test
    void fiftyThousandBranchesAndTheirMerge() {
        int width = 50_000;
        List<RevisionNode> nodes = new ArrayList<>();
        nodes.add(RevisionNode.of("root"));
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            nodes.add(new RevisionNode(id(i), List.of("root"), i > 0 ? List.of(id(i - 1)) : List.of(),
                    Set.of("b" + i), null));
            tips.add(id(i));
        }
        upAndDown(nodes, "heads");
        nodes.add(new RevisionNode("merge", tips, List.of(), Set.of(), null));
        upAndDown(nodes, "head");
        Planner planner = new Planner(RevisionGraph.of(nodes));
        // Each branch depends on the one before it, so one row implies them all.
        AmbiguousRevisionException walk = assertThrows(AmbiguousRevisionException.class,
                () -> planner.downgrade(Set.of("merge"), "-1"));
        assertEquals(width, walk.candidates().size());
        Plan down = planner.downgrade(Set.of("merge"), id(width - 1));
        assertEquals(Set.of(id(width - 1)), down.endHeads());
        assertEquals(Set.of(id(7)), planner.stamp(down.endHeads(), "b7@" + id(7), false));
        assertEquals(width - 7 + 1, planner.downgrade(Set.of("merge"), "b7@root").steps().size());
    }
}
