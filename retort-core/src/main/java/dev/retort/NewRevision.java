package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code retort revision} is asked to write.
 *
 * @param message      the revision message; also gives the file's slug
 * @param revisionId   the id to use, or null for a random 12-hex one
 * @param head         the revision to build on ({@code head} by default; a branch's head or any id); null means "head"
 * @param splice       allow {@code head} to name a revision that is not a head (starts a branch)
 * @param branchLabels labels for the new revision
 * @param dependsOn    revisions the new one depends on
 * @param versionPath  folder to write into, or null for the first version location
 * @param format       "java" or "sql"; null means java
 */
public record NewRevision(
        String message,
        String revisionId,
        String head,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        Path versionPath,
        String format) {
    public NewRevision {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public static NewRevision of(String message) {
        return new NewRevision(message, null, null, false, List.of(), List.of(), null, null);
    }
}
