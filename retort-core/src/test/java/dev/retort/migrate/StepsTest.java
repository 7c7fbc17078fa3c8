package dev.retort.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.revision.Direction;
import dev.retort.revision.RevisionNode;
import dev.retort.revision.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepsTest {
    @Test
    void upgradesAndDowngradesReadAsAlembicPrintsThem() {
        RevisionNode merge = RevisionNode.of("c", "a", "b");
        RevisionNode base = RevisionNode.of("a");
        assertEquals("upgrade a, b -> c, merge heads", Steps.describe(
                new Step(merge, Direction.UPGRADE, List.of("a", "b"), List.of("c")), "merge heads"));
        assertEquals("downgrade c -> a, b, merge heads", Steps.describe(
                new Step(merge, Direction.DOWNGRADE, List.of("c"), List.of("a", "b")), "merge heads"));
        assertEquals("upgrade <base> -> a, create users", Steps.describe(
                new Step(base, Direction.UPGRADE, List.of(), List.of("a")), "create users\n\nLonger text."));
        assertEquals("downgrade a -> <base>", Steps.describe(
                new Step(base, Direction.DOWNGRADE, List.of("a"), List.of()), null));
        assertEquals("downgrade a -> <base>", Steps.describe(
                new Step(base, Direction.DOWNGRADE, List.of("a"), List.of()), "  "));
    }
}
