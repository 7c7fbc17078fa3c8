package dev.retort.revision;

import java.util.List;
import java.util.Set;

/**
 * The steps that take the database from {@code startHeads} to {@code endHeads}, in the order they
 * must run. Empty when there is nothing to do.
 */
public record Plan(Direction direction, Set<String> startHeads, List<Step> steps, Set<String> endHeads) {
    public Plan {
        startHeads = Set.copyOf(startHeads);
        steps = List.copyOf(steps);
        endHeads = Set.copyOf(endHeads);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
