package dev.retort.revision;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Literal revision graphs for tests. */
final class Graphs {
    private Graphs() {
    }

    static RevisionNode n(String id, String... revises) {
        return new RevisionNode(id, List.of(revises), List.of(), Set.of(), id + ".sql");
    }

    static RevisionNode labelled(String id, String label, String... revises) {
        return new RevisionNode(id, List.of(revises), List.of(), Set.of(label), id + ".sql");
    }

    static RevisionNode dependent(String id, List<String> revises, List<String> dependsOn) {
        return new RevisionNode(id, revises, dependsOn, Set.of(), id + ".sql");
    }

    static RevisionGraph graph(RevisionNode... nodes) {
        return RevisionGraph.of(List.of(nodes));
    }

    static Set<String> set(String... ids) {
        return new LinkedHashSet<>(Arrays.asList(ids));
    }

    static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    static List<String> stepIds(Plan plan) {
        return plan.steps().stream().map(s -> s.revision().id()).toList();
    }

    /** a1 <- a2 <- a3 <- a4 */
    static RevisionGraph chain() {
        return graph(n("a1"), n("a2", "a1"), n("a3", "a2"), n("a4", "a3"));
    }

    /**
     * A branch and its merge: {@code r <- b1 <- b2} (label beta on b1) and {@code r <- c1 <- c2} (label gamma
     * on c1), merged by {@code m}.
     */
    static RevisionGraph branchAndMerge() {
        return graph(n("r"), labelled("b1", "beta", "r"), n("b2", "b1"), labelled("c1", "gamma", "r"),
                n("c2", "c1"), n("m", "b2", "c2"));
    }

    /** The same branches without the merge: two heads. */
    static RevisionGraph twoHeads() {
        return graph(n("r"), labelled("b1", "beta", "r"), n("b2", "b1"), labelled("c1", "gamma", "r"),
                n("c2", "c1"));
    }

    /** Two bases; y2 depends on x2: {@code x1 <- x2} (label xl), {@code y1 <- y2} (label yl). */
    static RevisionGraph twoBasesWithDependency() {
        return graph(labelled("x1", "xl"), n("x2", "x1"), labelled("y1", "yl"),
                dependent("y2", List.of("y1"), List.of("x2")));
    }
}
