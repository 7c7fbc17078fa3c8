package dev.retort.script;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a script declares about itself, read from its text without compiling it.
 *
 * @param line one-based line where the header starts (the {@code @Revision} annotation, or the first
 *             {@code -- revision:} line), for messages
 * @param lockTimeout      how long each statement may wait for a table lock ({@code -- lock-timeout: 2s},
 *                         {@code @Revision(lockTimeout = "2s")}), null for the run's setting
 * @param statementTimeout how long each statement may run ({@code -- statement-timeout: 1m}), null for the run's
 */
public record ScriptHeader(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String created,
        boolean transactional,
        int line,
        Duration lockTimeout,
        Duration statementTimeout) {
    public ScriptHeader {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }

    /** A header that sets no timeouts. */
    public ScriptHeader(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
            String message, String created, boolean transactional, int line) {
        this(id, revises, dependsOn, branchLabels, message, created, transactional, line, null, null);
    }
}
