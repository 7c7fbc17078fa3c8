package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where Retort deliberately differs from Alembic (1.8, checked with bench/alembic-oracle): a crash becomes a
 * plan or a one-line error, a redundant or lost row becomes the consistent state. Each case is in the README.
 */
class AlembicDifferencesTest {

    @Test
    void aMergeThatAlsoRevisesAnImpliedRevisionUpgrades() {
        // Alembic: KeyError 'a' in HeadMaintainer (it deletes a row for a, which c implies).
        Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c", "b").rev("d", "a").rev("m", "a c d");
        t.upgrade("c", "m", "d m", "m");
    }

    @Test
    void walkingPastAHeadIsAnError() {
        // Alembic: AssertionError.
        Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c", "b");
        RetortException e = assertThrows(RetortException.class, () -> t.planner().upgrade(Set.of("a"), "b+2"));
        assertEquals("relative revision b+2 goes past head c", e.getMessage());
        // Alembic: AssertionError too; down to base is nothing to upgrade.
        t.upgrade("c", "a-1", "", "c");
    }

    @Test
    void noRowThatAnotherRowImplies() {
        // Alembic 1.8: rows a1 and b1, though b1 depends on a1.
        Traversal t = new Traversal().rev("a1", "").rev("b1", "", "a1", "").rev("bmerge", "a1 b1");
        t.downgrade("bmerge", "a1", "bmerge", "b1");
        // A table an older tool left redundant is made consistent by the next step.
        t.upgrade("a1 b1", "bmerge", "bmerge", "bmerge");
    }

    @Test
    void stampHeadsKeepsEveryHead() {
        // Alembic: rows [y]; the head b is dropped because x's step replaces every row it filtered.
        Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("x", "").rev("y", "x");
        t.stamp("b x", "heads", "b y");
    }

    @Test
    void relativeStampTargets() {
        // Alembic: "Can't locate revision identified by 'base+2'".
        Traversal t = new Traversal().rev("a", "", "", "main").rev("b", "a").rev("c", "b");
        t.stamp("", "base+2", "b");
        t.stamp("a", "main@+1", "b");
        t.stamp("c", "-1", "b");
    }

    @Test
    void aRevisionAppliedOnlyAsADependencyIsANoOpDowngradeTarget() {
        // Alembic: "Destination c1 is not a valid downgrade target from current head(s)".
        Traversal t = new Traversal().rev("a1", "").rev("b1", "a1").rev("c1", "b1").rev("d1", "c1").rev("a2", "")
                .rev("c2", "a2", "c1", "");
        t.downgrade("c2", "c1", "", "c2");
    }

    @Test
    void minusNFromSeveralRowsIsRefused() {
        // Alembic warns and reverts whichever head its version table lists first.
        Traversal t = new Traversal().rev("a", "").rev("b1", "a").rev("b2", "a");
        assertThrows(MultipleHeadsException.class, () -> t.planner().downgrade(Set.of("b1", "b2"), "-1"));
        t.downgrade("b1 b2", "b1@a", "b1", "b2");
    }

    @Test
    void labelMinusNWithNoRowOnTheBranchStartsFromItsTip() {
        // Alembic: AssertionError when no row is on the label's lineage. Here c1branch is applied up to b.
        Traversal t = new Traversal().rev("a", "").rev("b", "a").rev("c1", "b", "", "c1branch").rev("c2", "b");
        t.downgrade("c2", "c1branch@-1", "c2 b", "a");
    }
}
