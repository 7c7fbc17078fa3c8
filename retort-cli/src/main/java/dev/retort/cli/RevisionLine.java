package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.TreeSet;

/**
 * A revision on one line, as Alembic prints it.
 *
 * <pre>
 * history:  &lt;base&gt; -&gt; 1975ea83b712 (head), create account table
 *           (ae1027a6acf, 27c6a30d7c24) -&gt; 53fffde5ad5 (head) (mergepoint), merge
 * heads:    27c6a30d7c24 (shoppingcart) (head)
 * current:  1975ea83b712 (head)
 * </pre>
 */
final class RevisionLine {
    private RevisionLine() {
    }

    /** {@code history}: parents, id, labels, every indicator, message. */
    static String history(RevisionInfo r) {
        return history(r, "");
    }

    /** {@code history} with {@code extra} indicators (such as {@code (interrupted upgrade 2/3)}) after the others. */
    static String history(RevisionInfo r, String extra) {
        return parents(r) + " -> " + r.id() + labels(r) + headAndCurrent(r) + tree(r) + extra + ", " + r.message();
    }

    /** {@code heads}: id, labels, {@code (head)} and {@code (current)}. */
    static String head(RevisionInfo r) {
        return r.id() + labels(r) + headAndCurrent(r);
    }

    /** {@code current}: id, labels, {@code (head)} and the tree indicators; every line is current already. */
    static String current(RevisionInfo r) {
        return r.id() + labels(r) + (r.head() ? " (head)" : "") + tree(r);
    }

    /** {@code branches}: a branch point with its labels and indicators. */
    static String branchPoint(RevisionInfo r) {
        return r.id() + labels(r) + headAndCurrent(r) + tree(r);
    }

    /** {@code <base>}, {@code a} or {@code (a, b)}; dependencies follow in parentheses. */
    static String parents(RevisionInfo r) {
        String parents = ids(r.revises());
        return r.dependsOn().isEmpty() ? parents : parents + " (" + String.join(", ", r.dependsOn()) + ")";
    }

    /** {@code <base>} for none, the id for one, {@code (a, b)} for several. */
    static String ids(List<String> ids) {
        if (ids.isEmpty()) {
            return "<base>";
        }
        return ids.size() == 1 ? ids.get(0) : "(" + String.join(", ", ids) + ")";
    }

    private static String labels(RevisionInfo r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", new TreeSet<>(r.branchLabels())) + ")";
    }

    private static String headAndCurrent(RevisionInfo r) {
        return (r.head() ? " (head)" : "") + (r.current() ? " (current)" : "");
    }

    private static String tree(RevisionInfo r) {
        return (r.branchPoint() ? " (branchpoint)" : "") + (r.mergePoint() ? " (mergepoint)" : "");
    }
}
