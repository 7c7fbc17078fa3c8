package dev.retort.graph;

import dev.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lanes in the terminal as {@code git log --graph} draws them: one lane per line of descent being followed, a
 * {@code *} on the revision's lane, {@code |\} where a merge opens a lane for its second parent, {@code |/} where
 * two lanes meet at a branch point. Each revision costs a pass over the open lanes only.
 */
final class TextGraph {
    private final List<String> lanes = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    static String draw(List<RevisionNode> newestFirst, Labels labels) {
        TextGraph g = new TextGraph();
        for (RevisionNode node : newestFirst) {
            g.add(node, labels.text(node));
        }
        return g.out.toString();
    }

    private void add(RevisionNode node, String text) {
        int col = lanes.indexOf(node.id());
        if (col < 0) {
            lanes.add(node.id());
            col = lanes.size() - 1;
        }
        for (int j = lanes.lastIndexOf(node.id()); j > col; j = lanes.lastIndexOf(node.id())) {
            meet(col, j);
        }
        char[] row = row(lanes.size());
        row[2 * col] = '*';
        line(new String(row, 0, row.length - 1) + " " + text);
        List<String> parents = node.revises();
        if (parents.isEmpty()) {
            end(col);
            return;
        }
        lanes.set(col, parents.get(0));
        for (int p = parents.size() - 1; p >= 1; p--) {
            open(col, parents.get(p));
        }
    }

    /** Lane {@code j} joins lane {@code col}: {@code |/}, {@code |_|/}; lanes right of it move one left. */
    private void meet(int col, int j) {
        char[] row = new char[2 * lanes.size()];
        Arrays.fill(row, ' ');
        for (int k = 0; k < lanes.size(); k++) {
            if (k < j) {
                row[2 * k] = '|';
            } else {
                row[2 * k - 1] = '/';
            }
        }
        for (int k = col; k < j - 1; k++) {
            row[2 * k + 1] = '_';
        }
        line(new String(row));
        lanes.remove(j);
    }

    /** A merge's further parent gets a lane right of the merge's: {@code |\}, lanes right of it move one right. */
    private void open(int col, String parent) {
        char[] row = new char[2 * lanes.size() + 2];
        Arrays.fill(row, ' ');
        for (int k = 0; k < lanes.size(); k++) {
            if (k <= col) {
                row[2 * k] = '|';
            } else {
                row[2 * k + 1] = '\\';
            }
        }
        row[2 * col + 1] = '\\';
        line(new String(row));
        lanes.add(col + 1, parent);
    }

    /** A base closes its lane; lanes right of it move one left. */
    private void end(int col) {
        lanes.remove(col);
        if (col == lanes.size()) {
            return;
        }
        char[] row = new char[2 * lanes.size() + 2];
        Arrays.fill(row, ' ');
        for (int k = 0; k < lanes.size(); k++) {
            if (k < col) {
                row[2 * k] = '|';
            } else {
                row[2 * k + 1] = '/';
            }
        }
        line(new String(row));
    }

    private static char[] row(int width) {
        char[] row = new char[2 * width];
        Arrays.fill(row, ' ');
        for (int k = 0; k < width; k++) {
            row[2 * k] = '|';
        }
        return row;
    }

    private void line(String s) {
        out.append(s.stripTrailing()).append('\n');
    }
}
