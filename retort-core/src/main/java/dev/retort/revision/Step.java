package dev.retort.revision;

import java.util.List;

/**
 * One migration to run, with the change it makes to the version table's rows (the applied heads).
 *
 * @param revision     the revision whose upgrade or downgrade runs
 * @param direction    which of the two runs
 * @param removedHeads version rows to delete when the step completes
 * @param addedHeads   version rows to insert when the step completes
 */
public record Step(RevisionNode revision, Direction direction, List<String> removedHeads, List<String> addedHeads) {
    public Step {
        removedHeads = List.copyOf(removedHeads);
        addedHeads = List.copyOf(addedHeads);
    }

    /** The revisions the step moves away from, for "Running upgrade a, b -> c" lines. */
    public List<String> from() {
        return direction == Direction.UPGRADE ? revision.revises() : List.of(revision.id());
    }

    /** The revisions the step moves to. */
    public List<String> to() {
        return direction == Direction.UPGRADE ? List.of(revision.id()) : revision.revises();
    }
}
