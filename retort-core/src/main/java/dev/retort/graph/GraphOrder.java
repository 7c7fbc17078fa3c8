package dev.retort.graph;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order revisions are drawn in: children before parents, each branch kept together (the reverse of a
 * depth-first post-order from the heads), so the lanes stay few. Linear in the number of revisions.
 */
final class GraphOrder {
    private GraphOrder() {
    }

    static List<RevisionNode> newestFirst(RevisionGraph graph) {
        List<RevisionNode> post = new ArrayList<>(graph.size());
        Set<String> seen = new HashSet<>();
        List<RevisionNode> heads = graph.heads();
        for (int h = heads.size() - 1; h >= 0; h--) {
            visit(graph, heads.get(h), seen, post);
        }
        Collections.reverse(post);
        return post;
    }

    /** Iterative, so a 100,000-revision chain does not overflow the stack. */
    private static void visit(RevisionGraph graph, RevisionNode root, Set<String> seen, List<RevisionNode> post) {
        if (!seen.add(root.id())) {
            return;
        }
        Deque<RevisionNode> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        while (!stack.isEmpty()) {
            RevisionNode node = stack.peek();
            int i = next.pop();
            if (i < node.revises().size()) {
                next.push(i + 1);
                RevisionNode parent = graph.get(node.revises().get(i));
                if (seen.add(parent.id())) {
                    stack.push(parent);
                    next.push(0);
                }
            } else {
                stack.pop();
                post.add(node);
            }
        }
    }
}
