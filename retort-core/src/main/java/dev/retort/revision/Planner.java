package dev.retort.revision;

import java.util.List;
import java.util.Set;

/**
 * Turns a target expression and the database's current heads into a {@link Plan}. Pure: the current
 * heads (the version table's rows) are passed in.
 *
 * <p>Target expressions: {@code head}, {@code heads}, {@code base}, {@code +N}, {@code -N}, a full or
 * partial id, {@code REV+N}, {@code REV-N}, {@code head-N}, {@code label@head}, {@code label@base},
 * {@code label@REV}, {@code label@+N}, {@code label@-N}, or a label alone (its head).
 */
public final class Planner {

    public Planner(RevisionGraph graph) {
        throw new UnsupportedOperationException("TODO");
    }

    public RevisionGraph graph() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The plan that applies {@code target} and everything it needs that is not applied yet. */
    public Plan upgrade(Set<String> currentHeads, String target) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The plan that reverts every applied revision that descends from {@code target}. */
    public Plan downgrade(Set<String> currentHeads, String target) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The version rows after {@code stamp target}; with {@code purge}, the current rows are ignored. */
    public Set<String> stamp(Set<String> currentHeads, String target, boolean purge) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The revisions a target names (for {@code show}); {@code base} names none. */
    public List<RevisionNode> resolveTarget(Set<String> currentHeads, String target) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The revisions of {@code history -r range}, newest first. {@code range} is {@code A:B}, {@code A:},
     * {@code :B} or null for all; each end is a target expression or {@code current}.
     */
    public List<RevisionNode> history(Set<String> currentHeads, String range) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every revision applied when {@code currentHeads} are the version rows (their ancestors, dependencies included). */
    public Set<String> applied(Set<String> currentHeads) {
        throw new UnsupportedOperationException("TODO");
    }
}
