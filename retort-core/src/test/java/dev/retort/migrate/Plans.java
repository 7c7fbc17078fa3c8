package dev.retort.migrate;

import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.RevisionNode;
import dev.retort.revision.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Plans built by hand, as the Planner would build them for straight lines and merges. */
final class Plans {
    private Plans() {
    }

    static Step up(String id, String... parents) {
        return new Step(RevisionNode.of(id, parents), Direction.UPGRADE, Arrays.asList(parents), List.of(id));
    }

    static Step down(String id, String... parents) {
        return new Step(RevisionNode.of(id, parents), Direction.DOWNGRADE, List.of(id), Arrays.asList(parents));
    }

    static Plan upgrade(Set<String> from, Set<String> to, Step... steps) {
        return new Plan(Direction.UPGRADE, from, List.of(steps), to);
    }

    static Plan downgrade(Set<String> from, Set<String> to, Step... steps) {
        return new Plan(Direction.DOWNGRADE, from, List.of(steps), to);
    }
}
