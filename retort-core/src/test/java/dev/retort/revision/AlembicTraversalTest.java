package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of Alembic's tests/test_version_traversal.py and tests/test_revision.py, one nested class
 * per Alembic class, written from their graphs and expectations: the revisions each command runs and the
 * exact version rows it leaves. Where Retort deliberately differs, the test says so.
 */
class AlembicTraversalTest {

    private static RetortException fails(Runnable command) {
        return assertThrows(RetortException.class, command::run);
    }

    /** a - b - c - d - e */
    @Nested
    class RevisionPath {
        final Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c", "b").rev("d", "c").rev("e", "d");

        @Test
        void absoluteAndRelativeUpgrades() {
            assertEquals(List.of("d", "e"), Traversal.order(t.upgrade("c", "e", "d e", "e")));
            t.upgrade("", "c", "a b c", "c");
            t.upgrade("a", "+2", "b c", "c");
            t.upgrade("a", "+1", "b", "b");
            t.upgrade("b", "+3", "c d e", "e");
            t.upgrade("a", "b+2", "b c d", "d");
            t.upgrade("a", "d-2", "b", "b");
        }

        @Test
        void upgradeRefusesMinusNAndWalksPastTheHead() {
            assertTrue(fails(() -> t.planner().upgrade(Set.of("b"), "-2")).getMessage()
                    .startsWith("Relative revision -2 didn't produce 2 migrations"));
            fails(() -> t.planner().upgrade(Set.of("b"), "+5"));
        }

        @Test
        void absoluteAndRelativeDowngrades() {
            assertEquals(List.of("e", "d"), Traversal.order(t.downgrade("e", "c", "e d", "c")));
            t.downgrade("c", "base", "c b a", "");
            t.downgrade("c", "-1", "c", "b");
            t.downgrade("e", "-3", "e d c", "b");
            t.downgrade("d", "a+2", "d", "c");
            t.downgrade("d", "c-2", "d c b", "a");
            t.downgrade("", "base", "", "");
            t.downgrade("a", "a", "", "a");
            t.downgrade("e", "e", "", "e");
        }

        @Test
        void downgradeRefusesPlusNAndWalksBelowBase() {
            assertTrue(fails(() -> t.planner().downgrade(Set.of("b"), "+2")).getMessage()
                    .startsWith("Relative revision +2 didn't produce 2 migrations"));
            fails(() -> t.planner().downgrade(Set.of("b"), "-5"));
            fails(() -> t.planner().downgrade(Set.of("b"), "c"));
        }
    }

    /** a - b, b - c1 (c1branch) - d1, b - c2 (c2branch) - d2 */
    @Nested
    class BranchedPath {
        final Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c1", "b", "", "c1branch").rev("d1", "c1")
                .rev("c2", "b", "", "c2branch").rev("d2", "c2");

        @Test
        void stamps() {
            t.stamp("d1 c2", "b", "b");
            t.stamp("d1 c2", "c1branch@base", "c2");
            t.stamp("d1 c2", "c2branch@head", "d1 d2");
        }

        @Test
        void upgrades() {
            t.upgrade("b", "d1", "c1 d1", "d1");
            t.upgrade("a", "heads", "b c2 d2 c1 d1", "d1 d2");
            t.upgrade("b", "c2branch@head-1", "c2", "c2");
            t.upgrade("c1", "c2branch@+1", "c2", "c1 c2");
            t.upgrade("c1 c2", "c2branch@+1", "d2", "c1 d2");
            t.upgrade("", "base+1", "a", "a");
            t.upgrade("", "+1", "a", "a");
            assertThrows(MultipleHeadsException.class, () -> t.planner().upgrade(Set.of("c1", "c2"), "+1"));
        }

        @Test
        void downgradeBothBranches() {
            t.downgrade("d1 d2", "a", "d1 c1 d2 c2 b", "a");
            t.downgrade("d2 d1", "base+2", "d1 c1 d2 c2", "b");
        }

        @Test
        void downgradeOneBranchRelativeToItsBase() {
            t.downgrade("d2 d1", "c2branch@base+2", "d2 c2", "d1");
            t.downgrade("d2 d1", "c2", "d2", "d1 c2");
            t.downgrade("d2 d1", "c2branch@base+3", "d2", "d1 c2");
        }

        @Test
        void downgradeRelativeToABranch() {
            t.downgrade("d1 d2", "c1branch@-1", "d1", "c1 d2");
            t.downgrade("d2 c1", "d2-1", "d2", "c1 c2");
            t.downgrade("c1 d2", "d2-1", "d2", "c1 c2");
            t.downgrade("d1 d2", "c1branch@head-1", "d1", "c1 d2");
            t.downgrade("a", "-1", "a", "");
        }

        @Test
        void downgradeOnlyTheBranchAboveARevision() {
            t.downgrade("c1 d2", "c1branch@b", "c1", "d2");
            t.downgrade("c1 d2", "c2branch@b", "d2 c2", "c1");
            t.downgrade("d1 d2", "c2@b", "d2 c2", "d1");
            t.downgrade("d1 d2", "d1@b", "d1 c1", "d2");
        }

        @Test
        void nothingToDoOnABranchAlreadyThere() {
            t.downgrade("d1 c2", "c2", "", "d1 c2");
            t.downgrade("d1 c2", "d1", "", "d1 c2");
        }

        @Test
        void refusals() {
            // Alembic warns and reverts the head its version table happens to list first; Retort refuses.
            assertThrows(MultipleHeadsException.class, () -> t.planner().downgrade(Set.of("d2", "d1"), "-1"));
            fails(() -> t.planner().downgrade(Set.of(), "-1"));
        }
    }

    /** a1 - b1 - c1, a2 - b2 - c2, d1 merges c1 and c2, d2 continues c2 */
    @Nested
    class BranchFromMergepoint {
        final Traversal t = new Traversal().rev("a1", "").rev("b1", "a1").rev("c1", "b1").rev("a2", "").rev("b2", "a2")
                .rev("c2", "b2").rev("d1", "c1 c2").rev("d2", "c2");

        @Test
        void onlyOneSide() {
            t.upgrade("d2 b1", "d1", "c1 d1", "d2 d1");
            t.downgrade("d2 d1", "b1", "d1 c1", "d2 b1");
        }
    }

    /** three lines a-b-c, d1 merges c1 c2 c3, d2 continues c2, d3 continues c3 */
    @Nested
    class BranchFrom3WayMergepoint {
        final Traversal t = new Traversal().rev("a1", "").rev("b1", "a1").rev("c1", "b1").rev("a2", "").rev("b2", "a2")
                .rev("c2", "b2").rev("a3", "").rev("b3", "a3").rev("c3", "b3").rev("d1", "c1 c2 c3").rev("d2", "c2")
                .rev("d3", "c3");

        @Test
        void onlyOneSide() {
            t.upgrade("d3 d2 b1", "d1", "c1 d1", "d3 d2 d1");
            t.downgrade("d3 d2 d1", "b1", "d1 c1", "d3 d2 b1");
        }

        @Test
        void twoSidesThenBreakOutAgain() {
            t.upgrade("d3 b2 b1", "d1", "c2 c1 d1", "d3 d1");
            t.upgrade("d3 d1", "d2", "d2", "d3 d2 d1");
        }
    }

    /** a; b1 b2 b3 revise a; c1 and c2 both merge b1 b2 b3; d1 on c1, d2 on c2 */
    @Nested
    class TwinMerge {
        final Traversal t = new Traversal().rev("a", "").rev("b1", "a").rev("b2", "a").rev("b3", "a")
                .rev("c1", "b1 b2 b3").rev("c2", "b1 b2 b3").rev("d1", "c1").rev("d2", "c2");

        @Test
        void oneStepAtATime() {
            t.upgrade("a", "b3", "b3", "b3");
            t.upgrade("b3", "b1", "b1", "b1 b3");
            t.upgrade("b1 b3", "b2", "b2", "b1 b2 b3");
            t.upgrade("b1 b2 b3", "c2", "c2", "c2");
            t.upgrade("c2", "d2", "d2", "d2");
            t.upgrade("d2", "c1", "c1", "c1 d2");
            t.upgrade("c1 d2", "d1", "d1", "d1 d2");
        }
    }

    /** a; b1 b2 b3 revise a; c1 merges b1 b2, c2 merges b2 b3; d1 on c1, d2 on c2 */
    @Nested
    class NotQuiteTwinMerge {
        final Traversal t = new Traversal().rev("a", "").rev("b1", "a").rev("b2", "a").rev("b3", "a")
                .rev("c1", "b1 b2").rev("c2", "b2 b3").rev("d1", "c1").rev("d2", "c2");

        @Test
        void oneStepAtATime() {
            t.upgrade("a", "b2", "b2", "b2");
            t.upgrade("b2", "b3", "b3", "b2 b3");
            t.upgrade("b2 b3", "c2", "c2", "c2");
            t.upgrade("c2", "d2", "d2", "d2");
            t.upgrade("d2", "b1", "b1", "b1 d2");
            t.upgrade("b1 d2", "c1", "c1", "c1 d2");
            t.upgrade("c1 d2", "d1", "d1", "d1 d2");
        }
    }

    /** a1 (lib1) - b1 - c1 - d1 - e1 - f1; a2 - b2 - c2, c2 depends on c1 */
    @Nested
    class DependsOnBranchTestOne {
        final Traversal t = new Traversal().rev("a1", "", "", "lib1").rev("b1", "a1").rev("c1", "b1").rev("d1", "c1")
                .rev("e1", "d1").rev("f1", "e1").rev("a2", "").rev("b2", "a2").rev("c2", "b2", "c1", "");

        @Test
        void upgradeToTheDependentLeavesOneRow() {
            t.upgrade("", "c2", "a1 b1 c1 a2 b2 c2", "c2");
            t.upgrade("", "lib1", "a1", "a1");
        }

        @Test
        void downgradeToTheDependencyKeepsItsDependent() {
            t.downgrade("c2 d1", "c1", "d1", "c2");
        }

        @Test
        void stampAcrossTheDependency() {
            t.stamp("e1 c2", "b1", "b1");
        }
    }

    /** DependsOnBranchLabelTest: the same graph, c1 labelled c1lib, c2 depending on the label */
    @Nested
    class DependsOnBranchLabel {
        final Traversal t = new Traversal().rev("a1", "", "", "lib1").rev("b1", "a1").rev("c1", "b1", "", "c1lib")
                .rev("d1", "c1").rev("e1", "d1").rev("f1", "e1").rev("a2", "").rev("b2", "a2").rev("c2", "b2", "c1lib", "");

        @Test
        void dependsOnALabelMeansTheRevisionDeclaringIt() {
            t.upgrade("a2", "c2", "a1 b1 c1 b2 c2", "c2");
            assertEquals(List.of("c1"), Graphs.ids(t.planner().graph().dependencies("c2")));
        }
    }

    /** three merges of bases (amerge, bmerge, cmerge) and d1, a base depending on a3, b2 and c1 */
    @Nested
    class DependsOnBranchTestTwo {
        final Traversal t = new Traversal().rev("a1", "").rev("a2", "").rev("a3", "").rev("amerge", "a1 a2 a3")
                .rev("b1", "").rev("b2", "").rev("bmerge", "b1 b2").rev("c1", "").rev("c2", "").rev("c3", "")
                .rev("cmerge", "c1 c2 c3").rev("d1", "", "a3 b2 c1", "");

        @Test
        void kaboom() {
            t.downgrade("amerge bmerge cmerge d1", "b2", "bmerge", "amerge b1 cmerge d1");
            t.downgrade("amerge d1 b1 cmerge", "d1@base", "d1", "amerge b1 b2 cmerge");
            t.downgrade("amerge b1 b2 cmerge", "base", "amerge a1 b1 b2 cmerge c1 a2 a3 c2 c3", "");
        }
    }

    /** a1 - a2 - a3 (a3 depends on b1); b1 - b2 - b3 (b2 depends on a2) */
    @Nested
    class DependsOnBranchTestThree {
        final Traversal t = new Traversal().rev("a1", "").rev("a2", "a1").rev("b1", "").rev("b2", "b1", "a2", "")
                .rev("b3", "b2").rev("a3", "a2", "b1", "");

        @Test
        void downgradeOverCrissCross() {
            t.downgrade("a3 b2", "b1", "b2", "a3");
        }
    }

    /** a1; a2 revises and depends on a1 */
    @Nested
    class DependsOnOwnDownrev {
        final Traversal t = new Traversal().rev("a1", "").rev("a2", "a1", "a1", "");

        @Test
        void traverse() {
            t.upgrade("", "a2", "a1 a2", "a2");
            t.downgrade("a2", "a1", "a2", "a1");
        }
    }

    /** a1 - a2 - a3; b1 - b2 - b3 - b4, b2 and b4 depend on a3 */
    @Nested
    class DependsOnBranchTestFour {
        final Traversal t = new Traversal().rev("a1", "").rev("a2", "a1").rev("a3", "a2").rev("b1", "")
                .rev("b2", "b1", "a3", "").rev("b3", "b2").rev("b4", "b3", "a3", "");

        @Test
        void dependenciesAreNormalized() {
            t.downgrade("b4", "b3", "b4", "b3");
        }
    }

    /** DependsOnBranchTestFive (Alembic #1373): a1; b1 a base depending on a1; bmerge merges a1 and b1 */
    @Nested
    class DependsOnBranchTestFive {
        final Traversal t = new Traversal().rev("a1", "").rev("b1", "", "a1", "").rev("bmerge", "a1 b1");

        @Test
        void downgradeToTheDependencyLeavesOneRow() {
            t.upgrade("a1", "b1", "b1", "b1");
            t.upgrade("b1", "bmerge", "bmerge", "bmerge");
            t.downgrade("bmerge", "a1", "bmerge", "b1");
            t.downgrade("bmerge", "b1", "bmerge", "b1");
        }
    }

    /** base1 (b_1) forks a1a-b1a and a1b-b1b; base2 (b_2)-a2-b2-c2-d2; base3 (b_3)-a3-b3; b1b and c2 depend on a3 */
    @Nested
    class MultipleBaseCrossDependencyTestOne {
        final Traversal t = new Traversal().rev("base1", "", "", "b_1").rev("a1a", "base1").rev("a1b", "base1")
                .rev("b1a", "a1a").rev("b1b", "a1b", "a3", "").rev("base2", "", "", "b_2").rev("a2", "base2")
                .rev("b2", "a2").rev("c2", "b2", "a3", "").rev("d2", "c2").rev("base3", "", "", "b_3").rev("a3", "base3")
                .rev("b3", "a3");

        @Test
        void heads() {
            assertEquals(Set.of("b1a", "b1b", "d2", "b3"), Set.copyOf(Graphs.ids(t.planner().graph().heads())));
        }

        @Test
        void upgradeOneBranchBringsItsDependencies() {
            t.upgrade("", "b_2@head", "d2 c2 b2 a2 base2 a3 base3", "d2");
            t.upgrade("", "b_3@head", "b3 a3 base3", "b3");
            t.upgrade("", "b1b@head", "b1b a1b base1 a3 base3", "b1b");
        }

        @Test
        void downgradeOneBranchTakesItsDependentsAlong() {
            t.downgrade("b1a b1b d2 b3", "b_2@base", "d2 c2 b2 a2 base2", "b1a b1b b3");
            t.downgrade("b1a b1b d2 b3", "b_3@base", "b1b d2 c2 b3 a3 base3", "b1a a1b b2");
            t.downgrade("b1b d2", "b1b@base", "b1b a1b base1", "d2");
        }
    }

    /** base1 (b_1)-a1-b1-c1; base2 (b_2, depends on label b_1)-a2-b2-c2-d2; base3 (b_3)-a3-b3-c3 (depends on b2)-d3 */
    @Nested
    class MultipleBaseCrossDependencyTestTwo {
        final Traversal t = new Traversal().rev("base1", "", "", "b_1").rev("a1", "base1").rev("b1", "a1").rev("c1", "b1")
                .rev("base2", "", "b_1", "b_2").rev("a2", "base2").rev("b2", "a2").rev("c2", "b2").rev("d2", "c2")
                .rev("base3", "", "", "b_3").rev("a3", "base3").rev("b3", "a3").rev("c3", "b3", "b2", "").rev("d3", "c3");

        @Test
        void heads() {
            assertEquals(Set.of("c1", "d2", "d3"), Set.copyOf(Graphs.ids(t.planner().graph().heads())));
        }

        @Test
        void upgradeEachBranch() {
            t.upgrade("", "b_2@head", "d2 c2 b2 a2 base2 base1", "d2");
            t.upgrade("", "b_3@head", "d3 c3 b3 a3 base3 b2 a2 base2 base1", "d3");
            t.upgrade("", "b_1@head", "c1 b1 a1 base1", "c1");
        }

        @Test
        void downgradeEachBranch() {
            t.downgrade("c1 d2 d3", "b_3@base", "d3 c3 b3 a3 base3", "c1 d2");
            t.downgrade("c1 d2 d3", "b_2@base", "d3 c3 d2 c2 b2 a2 base2", "c1 b3");
            t.downgrade("c1 d2 d3", "b_1@base", "d3 c3 d2 c2 b2 a2 base2 c1 b1 a1 base1", "b3");
        }
    }

    /** a - b; b - c1 - d1; b - c2 (c2branch) - d2; e merges d1 and d2; f on e */
    @Nested
    class MergedPath {
        final Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c1", "b").rev("d1", "c1")
                .rev("c2", "b", "", "c2branch").rev("d2", "c2").rev("e", "d1 d2").rev("f", "e");

        @Test
        void stamps() {
            t.stamp("e", "c2", "c2");
            t.stamp("e", "a", "a");
            t.stamp("c2", "e", "e");
            t.stamp("d1 c2", "c2branch@head", "f");
            t.stamp("d1 c2", "e", "e");
            t.stamp("b", "e", "e");
        }

        @Test
        void acrossTheMergePoint() {
            t.upgrade("b", "f", "c2 d2 c1 d1 e f", "f");
            t.downgrade("f", "b", "f e d1 c1 d2 c2", "b");
        }
    }

    /** BranchedPath with d2 also depending on c1 */
    @Nested
    class BranchedPathCrossDependencies {
        final Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c1", "b", "", "c1branch").rev("d1", "c1")
                .rev("c2", "b", "", "c2branch").rev("d2", "c2", "c1", "");

        @Test
        void downgradeTheIndependentBranch() {
            t.downgrade("d1 d2", "c2branch@b", "d2 c2", "d1");
        }

        @Test
        void downgradeTheDependencyTakesTheDependentAlong() {
            t.downgrade("d1 d2", "c1branch@b", "c1 d1 d2", "c2");
        }
    }

    /** two bases a1 - b1, a2 - b2 */
    @Nested
    class Forest {
        final Traversal t = new Traversal().rev("a1", "").rev("b1", "a1").rev("a2", "").rev("b2", "a2");

        @Test
        void baseToHeads() {
            t.upgrade("", "heads", "a2 b2 a1 b1", "b1 b2");
            t.stamp("", "heads", "b1 b2");
            t.stamp("b1 b2", "heads", "b1 b2");
        }
    }

    /** LabeledBranchTest: a (abranch) - b - somelongername - c; d - e (ebranch) - someothername - f */
    @Nested
    class LabeledBranch {
        final Traversal t = new Traversal().rev("a", "", "", "abranch").rev("b", "a").rev("somelongername", "b")
                .rev("c", "somelongername").rev("d", "").rev("e", "d", "", "ebranch").rev("someothername", "e")
                .rev("f", "someothername");

        private List<String> names(String target) {
            return Graphs.ids(t.planner().resolveTarget(Set.of(), target));
        }

        @Test
        void targetForms() {
            assertEquals(List.of("f"), names("ebranch@head"));
            assertEquals(List.of("c"), names("abranch@heads"));
            assertEquals(List.of(), names("abranch@base"));
            assertEquals(List.of("d"), names("ebranch@d"));
            assertEquals(List.of("e"), names("ebranch@ebranch"));
            assertEquals(List.of("a"), names("abranch"));
            assertEquals(List.of("someothername"), names("ebranch@some"));
            assertEquals(List.of("d"), names("e@d"));
            assertEquals(List.of("d"), names("someoth@d"));
            t.upgrade("", "ebranch@+2", "d e", "e");
        }

        @Test
        void badBranchTargets() {
            assertTrue(assertThrows(UnknownRevisionException.class, () -> names("ebranch@b")).getMessage()
                    .startsWith("Revision b is not on branch 'ebranch'"));
            assertThrows(UnknownRevisionException.class, () -> names("x@d"));
            assertThrows(UnknownRevisionException.class, () -> names("ebranch@sos"));
        }

        @Test
        void downgradeToANamedBase() {
            t.downgrade("c f", "ebranch@base", "f someothername e d", "c");
            t.downgrade("c f", "abranch@base", "c somelongername b a", "f");
        }
    }

    @Test
    void aRelativeWalkWithTwoWaysToGoIsAmbiguous() {
        Traversal t = new Traversal().rev("a", "").rev("b1", "a").rev("b2", "a").rev("m", "b1 b2");
        AmbiguousRevisionException down = assertThrows(AmbiguousRevisionException.class,
                () -> t.planner().downgrade(Set.of("m"), "-1"));
        assertTrue(down.getMessage().startsWith("Ambiguous walk for -1"), down.getMessage());
        assertThrows(AmbiguousRevisionException.class, () -> t.planner().upgrade(Set.of(), "m-1"));
        assertThrows(AmbiguousRevisionException.class, () -> t.planner().upgrade(Set.of("a"), "+1"));
    }
}
