package dev.retort;

import java.util.List;
import java.util.Set;

/**
 * What an {@code upgrade} or {@code downgrade} did: the steps it ran, in order, and the version rows
 * (applied heads) before and after. {@link #isEmpty()} when the database was already at the target.
 *
 * @param direction  upgrade or downgrade
 * @param startHeads the version rows before
 * @param steps      the migrations that ran, in order
 * @param endHeads   the version rows after
 */
public record MigrationResult(Direction direction, Set<String> startHeads, List<MigrationStep> steps, Set<String> endHeads) {
    public MigrationResult {
        startHeads = Set.copyOf(startHeads);
        steps = List.copyOf(steps);
        endHeads = Set.copyOf(endHeads);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
