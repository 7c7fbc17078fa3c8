package dev.retort.graph;

import dev.retort.revision.RevisionNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mermaid and DOT: one node per revision (newest first), an edge from each revision to each parent, a dashed
 * edge to each dependency; heads bold, the current revisions filled.
 */
final class DocumentGraph {
    private DocumentGraph() {
    }

    static String mermaid(List<RevisionNode> order, Labels labels) {
        Map<String, String> keys = keys(order);
        StringBuilder s = new StringBuilder("flowchart TB\n");
        s.append("    classDef head stroke-width:3px\n");
        s.append("    classDef current fill:#ffd\n");
        for (RevisionNode node : order) {
            String key = keys.get(node.id());
            s.append("    ").append(key).append("[\"").append(mermaidText(caption(node, labels, "<br/>"))).append("\"]");
            List<String> flags = labels.flags(node);
            if (flags.contains("current")) {
                s.append(":::current");
            } else if (flags.contains("head")) {
                s.append(":::head");
            }
            s.append('\n');
        }
        for (RevisionNode node : order) {
            for (String parent : node.revises()) {
                s.append("    ").append(keys.get(node.id())).append(" --> ").append(keys.get(parent)).append('\n');
            }
            for (String dep : labels.dependencies(node)) {
                s.append("    ").append(keys.get(node.id())).append(" -. depends on .-> ").append(keys.get(dep)).append('\n');
            }
        }
        return s.toString();
    }

    static String dot(List<RevisionNode> order, Labels labels) {
        StringBuilder s = new StringBuilder("digraph revisions {\n");
        s.append("    rankdir=TB;\n    node [shape=box, fontname=\"monospace\"];\n");
        for (RevisionNode node : order) {
            s.append("    ").append(dotId(node.id())).append(" [label=").append(dotId(caption(node, labels, "\n")));
            List<String> flags = labels.flags(node);
            if (flags.contains("current")) {
                s.append(", style=filled, fillcolor=\"#ffffdd\"");
            }
            if (flags.contains("head")) {
                s.append(", penwidth=3");
            }
            s.append("];\n");
        }
        for (RevisionNode node : order) {
            for (String parent : node.revises()) {
                s.append("    ").append(dotId(node.id())).append(" -> ").append(dotId(parent)).append(";\n");
            }
            for (String dep : labels.dependencies(node)) {
                s.append("    ").append(dotId(node.id())).append(" -> ").append(dotId(dep))
                        .append(" [style=dashed, label=\"depends on\"];\n");
            }
        }
        return s.append("}\n").toString();
    }

    /** {@code id (head) [label]} then the message on a second line. */
    private static String caption(RevisionNode node, Labels labels, String newline) {
        StringBuilder s = new StringBuilder(node.id());
        List<String> flags = labels.flags(node);
        if (!flags.isEmpty()) {
            s.append(" (").append(String.join(", ", flags)).append(')');
        }
        if (!node.branchLabels().isEmpty()) {
            s.append(" [").append(String.join(", ", new java.util.TreeSet<>(node.branchLabels()))).append(']');
        }
        String message = labels.message(node);
        return message.isEmpty() ? s.toString() : s + newline + message;
    }

    /** Mermaid node keys: r0, r1, ... in drawing order, since revision ids may hold characters Mermaid reads. */
    private static Map<String, String> keys(List<RevisionNode> order) {
        Map<String, String> keys = new HashMap<>(order.size() * 2);
        for (RevisionNode node : order) {
            keys.put(node.id(), "r" + keys.size());
        }
        return keys;
    }

    private static String mermaidText(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<br/>", "\u0000")
                .replace("<", "#lt;").replace(">", "#gt;").replace("\u0000", "<br/>");
    }

    private static String dotId(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
