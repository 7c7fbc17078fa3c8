package dev.retort.revision;

import static dev.retort.revision.Graphs.branchAndMerge;
import static dev.retort.revision.Graphs.chain;
import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.n;
import static dev.retort.revision.Graphs.set;
import static dev.retort.revision.Graphs.stepIds;
import static dev.retort.revision.Graphs.twoBasesWithDependency;
import static dev.retort.revision.Graphs.twoHeads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private final Planner chain = new Planner(chain());
    private final Planner merge = new Planner(branchAndMerge());
    private final Planner twoHeads = new Planner(twoHeads());
    private final Planner bases = new Planner(twoBasesWithDependency());

    @Test
    void upgradeChainFromBaseToHead() {
        Plan plan = chain.upgrade(Set.of(), "head");
        assertEquals(Direction.UPGRADE, plan.direction());
        assertEquals(List.of("a1", "a2", "a3", "a4"), stepIds(plan));
        assertEquals(List.of(), plan.steps().get(0).removedHeads());
        assertEquals(List.of("a1"), plan.steps().get(0).addedHeads());
        assertEquals(List.of("a1"), plan.steps().get(1).removedHeads());
        assertEquals(List.of("a2"), plan.steps().get(1).addedHeads());
        assertEquals(Set.of("a4"), plan.endHeads());
        assertEquals(Set.of(), plan.startHeads());
    }

    @Test
    void upgradeToAnAppliedRevisionIsEmpty() {
        assertTrue(chain.upgrade(Set.of("a3"), "a2").isEmpty());
        assertTrue(chain.upgrade(Set.of("a3"), "a3").isEmpty());
        assertTrue(chain.upgrade(Set.of("a3"), "base").isEmpty());
        assertTrue(chain.upgrade(Set.of(), "-0").isEmpty());
        assertTrue(chain.upgrade(Set.of("a3"), "+0").isEmpty());
        assertTrue(chain.upgrade(Set.of("a4"), "head").isEmpty());
        assertEquals(Set.of("a3"), chain.upgrade(Set.of("a3"), "a2").endHeads());
    }

    @Test
    void upgradeRefusesToMoveDown() {
        RetortException e = assertThrows(RetortException.class, () -> chain.upgrade(Set.of("a3"), "-1"));
        assertEquals(ErrorCode.INVALID_TARGET, e.code());
        assertEquals("Relative revision -1 didn't produce 1 migrations: upgrade cannot move down; use 'retort downgrade -1'",
                e.getMessage());
        assertThrows(RetortException.class, () -> chain.upgrade(Set.of("a3"), "-2"));
    }

    @Test
    void relativeUpgrades() {
        assertEquals(List.of("a1", "a2"), stepIds(chain.upgrade(Set.of(), "+2")));
        assertEquals(List.of("a3"), stepIds(chain.upgrade(Set.of("a2"), "+1")));
        assertEquals(List.of("a1", "a2", "a3"), stepIds(chain.upgrade(Set.of(), "a1+2")));
        assertEquals(List.of("a1", "a2", "a3"), stepIds(chain.upgrade(Set.of(), "head-1")));
        RetortException past = assertThrows(RetortException.class, () -> chain.upgrade(Set.of("a2"), "+5"));
        assertEquals(ErrorCode.INVALID_TARGET, past.code());
        assertEquals("relative revision +5 goes past head a4", past.getMessage());
    }

    @Test
    void relativeUpgradeAtABranchPointIsAmbiguous() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class, () -> merge.upgrade(Set.of("r"), "+1"));
        assertEquals(List.of("b1", "c1"), e.candidates());
        assertEquals("Ambiguous walk for +1: revision r has several children (b1, c1); name one of them, or a label@+N",
                e.getMessage());
        assertEquals(List.of("b1", "b2"), stepIds(merge.upgrade(Set.of("r"), "beta@+2")));
        // From base, label@+N counts from the lineage's base (Alembic): r, then c1.
        assertEquals(List.of("r"), stepIds(merge.upgrade(Set.of(), "gamma@+1")));
        assertEquals(List.of("r", "c1"), stepIds(merge.upgrade(Set.of(), "gamma@+2")));
    }

    @Test
    void relativeUpgradeFromSeveralBasesOrHeads() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class, () -> bases.upgrade(Set.of(), "+1"));
        assertEquals(List.of("x1", "y1"), e.candidates());
        assertTrue(e.getMessage().contains("label@+N"), e.getMessage());
        assertEquals(List.of("x1"), stepIds(bases.upgrade(Set.of(), "xl@+1")));
        MultipleHeadsException heads = assertThrows(MultipleHeadsException.class,
                () -> twoHeads.upgrade(Set.of("b1", "c1"), "+1"));
        assertEquals(List.of("b1", "c1"), heads.heads());
    }

    @Test
    void headWithSeveralHeadsSaysWhatToDo() {
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> twoHeads.upgrade(Set.of(), "head"));
        assertEquals(List.of("b2", "c2"), e.heads());
        assertEquals("Multiple heads are present (b2, c2); run 'retort merge heads -m \"merge\"' or upgrade to 'heads' "
                + "or to a specific head / label@head", e.getMessage());
    }

    @Test
    void upgradeToHeadsAndLabels() {
        Plan plan = twoHeads.upgrade(Set.of(), "heads");
        assertEquals(List.of("r", "b1", "c1", "b2", "c2"), stepIds(plan));
        assertEquals(Set.of("b2", "c2"), plan.endHeads());
        assertEquals(List.of("r"), plan.steps().get(1).removedHeads());
        assertEquals(List.of(), plan.steps().get(2).removedHeads());
        assertEquals(List.of("r", "b1", "b2"), stepIds(twoHeads.upgrade(Set.of(), "beta@head")));
        // A bare label names the revision that declares it (Alembic), not the branch's head.
        assertEquals(List.of("r", "b1"), stepIds(twoHeads.upgrade(Set.of(), "beta")));
        assertEquals(List.of("r", "c1"), stepIds(twoHeads.upgrade(Set.of(), "gamma@c1")));
        assertTrue(twoHeads.upgrade(Set.of(), "beta@base").isEmpty());
        UnknownRevisionException notOnBranch = assertThrows(UnknownRevisionException.class,
                () -> twoHeads.upgrade(Set.of(), "gamma@b1"));
        assertTrue(notOnBranch.getMessage().contains("not on branch 'gamma'"), notOnBranch.getMessage());
        assertEquals(List.of("r"), stepIds(twoHeads.upgrade(Set.of(), "gamma@r")));
    }

    @Test
    void upgradeMergeRemovesBothParentRows() {
        Plan plan = merge.upgrade(Set.of("b2", "c2"), "head");
        assertEquals(1, plan.steps().size());
        assertEquals(Set.of("b2", "c2"), Set.copyOf(plan.steps().get(0).removedHeads()));
        assertEquals(Set.of("m"), plan.endHeads());
        assertEquals(List.of("c1", "c2", "m"), stepIds(merge.upgrade(Set.of("b2"), "head")));
    }

    @Test
    void aDependencyIsAppliedFirstAndImpliedByItsDependent() {
        Plan plan = bases.upgrade(Set.of(), "y2");
        assertEquals(List.of("x1", "y1", "x2", "y2"), stepIds(plan));
        assertEquals(Set.of("y2"), plan.endHeads());
        assertEquals(Set.of("x2", "y1"), Set.copyOf(plan.steps().get(3).removedHeads()));
        assertEquals(Set.of("x1", "x2", "y1", "y2"), bases.applied(Set.of("y2")));
    }

    @Test
    void downgradeChain() {
        Plan plan = chain.downgrade(Set.of("a4"), "a2");
        assertEquals(Direction.DOWNGRADE, plan.direction());
        assertEquals(List.of("a4", "a3"), stepIds(plan));
        assertEquals(List.of("a4"), plan.steps().get(0).removedHeads());
        assertEquals(List.of("a3"), plan.steps().get(0).addedHeads());
        assertEquals(Set.of("a2"), plan.endHeads());
        Plan toBase = chain.downgrade(Set.of("a4"), "base");
        assertEquals(List.of("a4", "a3", "a2", "a1"), stepIds(toBase));
        assertEquals(List.of(), toBase.steps().get(3).addedHeads());
        assertEquals(Set.of(), toBase.endHeads());
        assertEquals(List.of("a4", "a3"), stepIds(chain.downgrade(Set.of("a4"), "-2")));
        assertEquals(List.of("a4", "a3", "a2", "a1"), stepIds(chain.downgrade(Set.of("a4"), "-4")));
        assertEquals(List.of("a4"), stepIds(chain.downgrade(Set.of("a4"), "head-1")));
        assertTrue(chain.downgrade(Set.of("a4"), "head").isEmpty());
    }

    @Test
    void downgradeErrors() {
        RetortException notApplied = assertThrows(RetortException.class, () -> chain.downgrade(Set.of("a2"), "a3"));
        assertEquals(ErrorCode.INVALID_TARGET, notApplied.code());
        assertTrue(notApplied.getMessage().startsWith("revision a3 is not applied; the database is at a2"),
                notApplied.getMessage());
        RetortException below = assertThrows(RetortException.class, () -> chain.downgrade(Set.of("a4"), "-5"));
        assertEquals(ErrorCode.INVALID_TARGET, below.code());
        assertEquals("relative revision -5 goes below base", below.getMessage());
        assertThrows(MultipleHeadsException.class, () -> twoHeads.downgrade(Set.of("b2", "c2"), "-1"));
        RetortException up = assertThrows(RetortException.class, () -> chain.downgrade(Set.of("a2"), "+1"));
        assertEquals("Relative revision +1 didn't produce 1 migrations: downgrade cannot move up; use 'retort upgrade +1'",
                up.getMessage());
    }

    @Test
    void downgradeThroughAMerge() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> merge.downgrade(Set.of("m"), "-1"));
        assertEquals(List.of("b2", "c2"), e.candidates());
        assertEquals("Ambiguous walk for -1: revision m is a merge (b2, c2); continue from one of them with REV-N",
                e.getMessage());
        Plan plan = merge.downgrade(Set.of("m"), "b2");
        assertEquals(List.of("m"), stepIds(plan));
        assertEquals(Set.of("b2", "c2"), Set.copyOf(plan.steps().get(0).addedHeads()));
        assertEquals(Set.of("b2", "c2"), plan.endHeads());
        Plan oneBranch = merge.downgrade(Set.of("m"), "b1");
        assertEquals(List.of("m", "b2"), stepIds(oneBranch));
        assertEquals(Set.of("b1", "c2"), oneBranch.endHeads());
    }

    @Test
    void downgradeOneLabelledBranch() {
        // label@base is below the root of the label's lineage (Alembic): here r, the root of both branches.
        Plan plan = twoHeads.downgrade(Set.of("b2", "c2"), "beta@base");
        assertEquals(Set.of("b1", "b2", "c1", "c2", "r"), Set.copyOf(stepIds(plan)));
        assertEquals(Set.of(), plan.endHeads());
        Plan branchOnly = twoHeads.downgrade(Set.of("b2", "c2"), "beta@r");
        assertEquals(List.of("b2", "b1"), stepIds(branchOnly));
        assertEquals(Set.of("c2"), branchOnly.endHeads());
        Plan relative = twoHeads.downgrade(Set.of("b2", "c2"), "gamma@-2");
        assertEquals(List.of("c2", "c1"), stepIds(relative));
        assertEquals(Set.of("b2"), relative.endHeads());
        assertEquals(List.of("c2"), stepIds(twoHeads.downgrade(Set.of("b2", "c2"), "gamma@-1")));
    }

    @Test
    void downgradeADependencyRevertsItsDependentsFirst() {
        Plan plan = bases.downgrade(Set.of("x2", "y2"), "x1");
        assertEquals(List.of("y2", "x2"), stepIds(plan));
        assertEquals(Set.of("x1", "y1"), plan.endHeads());
        assertEquals(List.of("y2"), stepIds(bases.downgrade(Set.of("y2"), "y1")));
        assertEquals(Set.of("x2", "y1"), bases.downgrade(Set.of("y2"), "y1").endHeads());
        Plan all = bases.downgrade(Set.of("x2", "y2"), "base");
        assertEquals(Set.of(), all.endHeads());
        assertEquals(4, all.steps().size());
    }

    @Test
    void unknownVersionRowSaysSo() {
        RetortException e = assertThrows(RetortException.class, () -> chain.upgrade(Set.of("gone"), "head"));
        assertEquals(ErrorCode.VERSION_TABLE, e.code());
        assertTrue(e.getMessage().startsWith("the version table names revision 'gone', which is not in versions/ ("),
                e.getMessage());
    }

    @Test
    void stamp() {
        assertEquals(Set.of("a3"), chain.stamp(Set.of("a1"), "a3", false));
        assertEquals(Set.of("a1"), chain.stamp(Set.of("a3"), "a1", false));
        assertEquals(Set.of(), chain.stamp(Set.of("a3"), "base", false));
        assertEquals(Set.of("b2", "c1"), twoHeads.stamp(Set.of("b2"), "c1", false));
        assertEquals(Set.of("c1"), twoHeads.stamp(Set.of("b2"), "c1", true));
        assertEquals(Set.of("b2", "c1"), twoHeads.stamp(Set.of("b2", "c2"), "c1", false));
        assertEquals(Set.of("m"), merge.stamp(Set.of("b1", "c2"), "m", false));
        assertEquals(Set.of("r"), twoHeads.stamp(Set.of("b2", "c2"), "r", false));
        assertEquals(Set.of("c2"), twoHeads.stamp(Set.of("b2", "c2"), "beta@base", false));
        assertEquals(Set.of("x1"), bases.stamp(Set.of("y2"), "x1", false));
        // y2 depends on x2: stamping below y2 drops that row, and x2 with it (Alembic's lineage includes dependencies).
        assertEquals(Set.of("y1"), bases.stamp(Set.of("y2"), "y1", false));
        assertEquals(Set.of("a2"), chain.stamp(Set.of("missing"), "a2", true));
        assertThrows(RetortException.class, () -> chain.stamp(Set.of("missing"), "a2", false));
    }

    @Test
    void resolveTargetForShow() {
        assertEquals(List.of("b2", "c2"), ids(twoHeads.resolveTarget(Set.of(), "heads")));
        assertEquals(List.of(), ids(twoHeads.resolveTarget(Set.of(), "base")));
        assertEquals(List.of("b1", "c2"), ids(twoHeads.resolveTarget(set("c2", "b1"), "current")));
        assertEquals(List.of("a3"), ids(chain.resolveTarget(Set.of("a4"), "-1")));
        assertThrows(AmbiguousRevisionException.class, () -> merge.resolveTarget(Set.of(), "m-1"));
        assertEquals(List.of("b2"), ids(merge.resolveTarget(Set.of(), "b1+1")));
    }

    @Test
    void history() {
        assertEquals(List.of("a4", "a3", "a2", "a1"), ids(chain.history(Set.of(), null)));
        assertEquals(List.of("a3", "a2"), ids(chain.history(Set.of(), "a2:a3")));
        assertEquals(List.of("a4", "a3"), ids(chain.history(Set.of("a3"), "current:")));
        assertEquals(List.of("a2", "a1"), ids(chain.history(Set.of("a3"), ":-1")));
        assertEquals(List.of("a4", "a3", "a2", "a1"), ids(chain.history(Set.of(), "base:head")));
        assertEquals(List.of("m", "b2", "b1"), ids(merge.history(Set.of(), "b1:")));
        assertEquals(List.of("c2", "c1", "r"), ids(merge.history(Set.of(), ":c2")));
        RetortException bad = assertThrows(RetortException.class, () -> chain.history(Set.of(), "a1"));
        assertEquals(ErrorCode.BAD_ARGUMENT, bad.code());
    }

    @Test
    void malformedTargets() {
        for (String target : List.of("", "a1 a2", "@head", "beta@", "x+", "a1+2+1", "a1:a2", "heads-1")) {
            RetortException e = assertThrows(RetortException.class, () -> twoHeads.upgrade(Set.of(), target), target);
            assertEquals(ErrorCode.BAD_ARGUMENT, e.code(), target);
            assertTrue(e.getMessage().contains("label@head"), e.getMessage());
        }
        UnknownRevisionException label = assertThrows(UnknownRevisionException.class,
                () -> twoHeads.upgrade(Set.of(), "delta@head"));
        assertTrue(label.getMessage().contains("beta, gamma"), label.getMessage());
        assertThrows(UnknownRevisionException.class, () -> chain.upgrade(Set.of(), "zzzz"));
    }

    @Test
    void idsContainingDashesAreNotMistakenForRelativeTargets() {
        Planner planner = new Planner(graph(n("0001-init"), n("0002-users", "0001-init")));
        assertEquals(List.of("0001-init"), stepIds(planner.upgrade(Set.of(), "0001-init")));
        assertEquals(List.of("0001-init"), stepIds(planner.upgrade(Set.of(), "0002-users-1")));
    }

    @Test
    void emptyGraph() {
        Planner planner = new Planner(RevisionGraph.of(List.of()));
        assertTrue(planner.upgrade(Set.of(), "head").isEmpty());
        assertTrue(planner.upgrade(Set.of(), "heads").isEmpty());
        assertTrue(planner.downgrade(Set.of(), "base").isEmpty());
        assertEquals(List.of(), planner.history(Set.of(), null));
    }
}
