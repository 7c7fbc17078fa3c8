package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A revision as commands show it: graph facts and script facts together.
 *
 * @param branchLabels the labels in effect (own and inherited)
 * @param children     ids of the revisions that revise this one
 * @param current      whether the database's version table names this revision (false when unknown)
 */
public record RevisionInfo(
        String id,
        List<String> revises,
        List<String> dependsOn,
        Set<String> branchLabels,
        List<String> children,
        String message,
        String created,
        Path path,
        boolean head,
        boolean branchPoint,
        boolean mergePoint,
        boolean current) {
    public RevisionInfo {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = Set.copyOf(branchLabels);
        children = List.copyOf(children);
    }

    public boolean base() {
        return revises.isEmpty();
    }
}
