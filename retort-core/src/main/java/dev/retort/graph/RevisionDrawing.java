package dev.retort.graph;

import dev.retort.GraphFormat;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The revision graph drawn: lanes for the terminal ({@code retort history --graph}), Mermaid or DOT for documents
 * ({@code retort graph}). Heads, branch points, merges, bases, dependencies, branch labels and the current
 * revisions are marked. Linear in the number of revisions (times the number of lanes open at once for text).
 */
public final class RevisionDrawing {
    private RevisionDrawing() {
    }

    /**
     * @param messages a revision's message by id (null or blank for none)
     * @param current  the database's current revisions, empty when not asked
     */
    public static String draw(RevisionGraph graph, GraphFormat format, Function<String, String> messages, Set<String> current) {
        List<RevisionNode> order = GraphOrder.newestFirst(graph);
        Labels labels = new Labels(graph, messages, current);
        return switch (format) {
            case TEXT -> TextGraph.draw(order, labels);
            case MERMAID -> DocumentGraph.mermaid(order, labels);
            case DOT -> DocumentGraph.dot(order, labels);
        };
    }
}
