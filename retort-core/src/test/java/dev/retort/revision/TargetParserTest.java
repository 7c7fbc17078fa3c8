package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.labelled;
import static dev.retort.revision.Graphs.n;
import static dev.retort.revision.Graphs.stepIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetParserTest {
    /** r - a1 (label concurrent) - a2; r - b1 (label currently) */
    private final RevisionGraph graph = graph(n("r"), labelled("a1", "concurrent", "r"), n("a2", "a1"),
            labelled("b1", "currently", "r"));
    private final TargetParser parser = new TargetParser(graph);
    private final Planner planner = new Planner(graph);

    @Test
    void everyForm() {
        assertEquals(new Target.Head(null), parser.parse("head"));
        assertEquals(new Target.Heads("concurrent"), parser.parse("concurrent@heads"));
        assertEquals(new Target.Base("concurrent"), parser.parse("concurrent@base"));
        assertEquals(new Target.Current(), parser.parse("current"));
        assertEquals(new Target.Rev(null, "concurrent"), parser.parse("concurrent"));
        assertEquals(new Target.Rev("a2", "r"), parser.parse("a2@r"));
        assertEquals(new Target.Relative(null, null, -2), parser.parse("-2"));
        assertEquals(new Target.Relative("concurrent", null, 1), parser.parse("concurrent@+1"));
        assertEquals(new Target.Relative("concurrent", new Target.Head(null), -1), parser.parse("concurrent@head-1"));
        assertEquals(new Target.Relative("concurrent", new Target.Base(null), 2), parser.parse("concurrent@base+2"));
        assertEquals(new Target.Relative(null, new Target.Rev(null, "a1"), 1), parser.parse("a1+1"));
    }

    @Test
    void labelsThatContainCurrentAreLabels() {
        assertEquals(new Target.Head("concurrent"), parser.parse("concurrent@head"));
        assertFalse(planner.readsDatabase("concurrent@head"));
        assertFalse(planner.readsDatabase("currently"));
        assertFalse(planner.readsDatabase("r:concurrent@head"));
        assertTrue(planner.readsDatabase("current:head"));
        assertTrue(planner.readsDatabase("concurrent@-1"));
        assertTrue(planner.readsDatabase("+1"));
        assertFalse(planner.readsDatabase("a1+1"));
        assertEquals(List.of("r", "a1", "a2"), stepIds(planner.upgradeRange("concurrent@head")));
        assertEquals(List.of("a1", "a2"), stepIds(planner.upgradeRange("r:concurrent@head")));
    }

    @Test
    void ranges() {
        assertEquals(new TargetRange(null, new Target.Head(null)), parser.parseRange("head"));
        assertEquals(new TargetRange(new Target.Rev(null, "a1"), null), parser.parseRange("a1:"));
        assertEquals(new TargetRange(null, new Target.Base(null)), parser.parseRange(":base"));
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> parser.parseRange("a:b:c")).code());
    }

    @Test
    void offlineRanges() {
        assertEquals(List.of("a2", "a1"), stepIds(planner.downgradeRange("a2:r")));
        assertEquals(Set.of("a2"), planner.stampRange("r:a2").rows());
        assertEquals(Set.of("r"), planner.stampRange("r:a2").start());
        assertEquals(ErrorCode.OFFLINE_UNSUPPORTED,
                assertThrows(RetortException.class, () -> planner.upgradeRange("current:head")).code());
        assertEquals(ErrorCode.OFFLINE_UNSUPPORTED,
                assertThrows(RetortException.class, () -> planner.stampRange("current")).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> planner.downgradeRange("r")).code());
        RetortException swapped = assertThrows(RetortException.class, () -> planner.upgradeRange("a2:r"));
        assertEquals("bad range 'a2:r' for upgrade --sql: FROM is not an ancestor of TO; swap them?", swapped.getMessage());
        assertEquals(List.of("a2"), stepIds(planner.upgradeRange("a1:+1")));
    }
}
