package dev.retort.maven;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.TreeSet;

/** A revision on one line, as the CLI (and Alembic) prints it. */
final class Lines {
    private Lines() {
    }

    /** {@code <base> -> 1975ea83b712 (head), create account table}. */
    static String history(RevisionInfo r) {
        return ids(r.revises()) + " -> " + r.id() + labels(r) + (r.head() ? " (head)" : "")
                + (r.current() ? " (current)" : "") + tree(r) + ", " + r.message();
    }

    /** {@code 27c6a30d7c24 (shoppingcart) (head)}. */
    static String head(RevisionInfo r) {
        return r.id() + labels(r) + (r.head() ? " (head)" : "") + (r.current() ? " (current)" : "");
    }

    /** {@code 1975ea83b712 (head)}. */
    static String current(RevisionInfo r) {
        return r.id() + labels(r) + (r.head() ? " (head)" : "") + tree(r);
    }

    private static String ids(List<String> ids) {
        if (ids.isEmpty()) {
            return "<base>";
        }
        return ids.size() == 1 ? ids.get(0) : "(" + String.join(", ", ids) + ")";
    }

    private static String labels(RevisionInfo r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", new TreeSet<>(r.branchLabels())) + ")";
    }

    private static String tree(RevisionInfo r) {
        return (r.branchPoint() ? " (branchpoint)" : "") + (r.mergePoint() ? " (mergepoint)" : "");
    }
}
