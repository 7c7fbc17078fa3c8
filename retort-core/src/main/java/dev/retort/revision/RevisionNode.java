package dev.retort.revision;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision as the graph sees it: an id and its edges. Pure data: no file, no database.
 *
 * @param id           the revision id
 * @param revises      parent ids (Alembic's down_revision): empty for a base, two or more for a merge
 * @param dependsOn    ids that must be applied before this one without being parents
 * @param branchLabels labels declared on this revision itself
 * @param origin       where the revision was declared (a script's file name), used only in messages
 */
public record RevisionNode(String id, List<String> revises, List<String> dependsOn, Set<String> branchLabels, String origin) {
    public RevisionNode {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = Set.copyOf(branchLabels);
        origin = origin == null ? id : origin;
    }

    /** A node with no dependencies, labels or origin: handy in tests. */
    public static RevisionNode of(String id, String... revises) {
        return new RevisionNode(id, List.of(revises), List.of(), Set.of(), null);
    }

    public boolean isBase() {
        return revises.isEmpty();
    }

    public boolean isMergePoint() {
        return revises.size() > 1;
    }
}
