package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A revision in full, as {@code show}, {@code history -v}, {@code heads -v} and {@code current -v}
 * print it (Alembic's log entry):
 *
 * <pre>
 * Rev: 523dbb60ecfe (head) (current)
 * Parent: 1975ea83b712
 * Path: migrations/versions/523dbb60ecfe_update_free_plan_tokens.java
 *
 *     update free plan tokens
 *
 *     Revision ID: 523dbb60ecfe
 *     Revises: 1975ea83b712
 *     Create Date: 2026-11-25T10:00:00Z
 * </pre>
 */
final class RevisionEntry {
    private RevisionEntry() {
    }

    /**
     * @param display how to show the script's path
     * @return the entry, its last line ended by a newline
     */
    static String format(RevisionInfo r, Function<java.nio.file.Path, String> display) {
        StringBuilder s = new StringBuilder();
        s.append("Rev: ").append(r.id())
                .append(r.head() ? " (head)" : "")
                .append(r.branchPoint() ? " (branchpoint)" : "")
                .append(r.mergePoint() ? " (mergepoint)" : "")
                .append(r.current() ? " (current)" : "")
                .append('\n');
        s.append(r.mergePoint() ? "Merges: " : "Parent: ").append(comma(r.revises())).append('\n');
        if (!r.dependsOn().isEmpty()) {
            s.append("Also depends on: ").append(String.join(", ", r.dependsOn())).append('\n');
        }
        if (r.branchPoint()) {
            s.append("Branches into: ").append(String.join(", ", r.children())).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            s.append("Branch names: ").append(String.join(", ", new TreeSet<>(r.branchLabels()))).append('\n');
        }
        if (r.path() != null) {
            s.append("Path: ").append(display.apply(r.path())).append('\n');
        }
        s.append('\n');
        if (!r.message().isEmpty()) {
            r.message().lines().forEach(line -> s.append(indent(line)));
            s.append('\n');
        }
        s.append(indent("Revision ID: " + r.id()));
        s.append(indent(r.revises().isEmpty() ? "Revises:" : "Revises: " + String.join(", ", r.revises())));
        if (!r.created().isEmpty()) {
            s.append(indent("Create Date: " + r.created()));
        }
        return s.toString();
    }

    private static String comma(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }

    private static String indent(String line) {
        return line.isEmpty() ? "\n" : "    " + line + "\n";
    }
}
