package dev.retort.graph;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** What is written beside a revision: its id, what it is (head, branch point, merge, base, current), labels, message. */
final class Labels {
    private final RevisionGraph graph;
    private final Function<String, String> messages;
    private final Set<String> current;

    Labels(RevisionGraph graph, Function<String, String> messages, Set<String> current) {
        this.graph = graph;
        this.messages = messages;
        this.current = current;
    }

    /** {@code ae1027a6acf (head, current) [shoppingcart] add a cart (depends on 1975ea83b712)}. */
    String text(RevisionNode node) {
        StringBuilder s = new StringBuilder(node.id());
        List<String> flags = flags(node);
        if (!flags.isEmpty()) {
            s.append(" (").append(String.join(", ", flags)).append(')');
        }
        if (!node.branchLabels().isEmpty()) {
            s.append(" [").append(String.join(", ", new TreeSet<>(node.branchLabels()))).append(']');
        }
        String message = message(node);
        if (!message.isEmpty()) {
            s.append(' ').append(message);
        }
        List<String> deps = dependencies(node);
        if (!deps.isEmpty()) {
            s.append(" (depends on ").append(String.join(", ", deps)).append(')');
        }
        return s.toString();
    }

    List<String> flags(RevisionNode node) {
        List<String> flags = new ArrayList<>(4);
        if (graph.isHead(node.id())) {
            flags.add("head");
        }
        if (graph.isBranchPoint(node.id())) {
            flags.add("branchpoint");
        }
        if (node.isMergePoint()) {
            flags.add("mergepoint");
        }
        if (node.isBase()) {
            flags.add("base");
        }
        if (current.contains(node.id())) {
            flags.add("current");
        }
        return flags;
    }

    String message(RevisionNode node) {
        String m = messages.apply(node.id());
        return m == null ? "" : m.strip().replaceAll("\\s+", " ");
    }

    List<String> dependencies(RevisionNode node) {
        return graph.dependencies(node.id()).stream().map(RevisionNode::id).toList();
    }
}
