package dev.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * What a script declares about itself, read from its text without compiling it.
 *
 * @param line one-based line where the header starts (the {@code @Revision} annotation, or the first
 *             {@code -- revision:} line), for messages
 */
public record ScriptHeader(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String created,
        boolean transactional,
        int line) {
    public ScriptHeader {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }
}
