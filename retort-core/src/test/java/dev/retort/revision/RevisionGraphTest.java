package dev.retort.revision;

import static dev.retort.revision.Graphs.branchAndMerge;
import static dev.retort.revision.Graphs.chain;
import static dev.retort.revision.Graphs.dependent;
import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.labelled;
import static dev.retort.revision.Graphs.n;
import static dev.retort.revision.Graphs.twoBasesWithDependency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void emptyGraphIsValid() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertEquals(0, graph.size());
        assertEquals(List.of(), graph.heads());
        assertEquals(List.of(), graph.bases());
    }

    @Test
    void linearChain() {
        RevisionGraph graph = chain();
        assertEquals(List.of("a1", "a2", "a3", "a4"), ids(graph.topologicalOrder()));
        assertEquals(List.of("a4"), ids(graph.heads()));
        assertEquals(List.of("a1"), ids(graph.bases()));
        assertEquals(List.of("a3"), ids(graph.children("a2")));
        assertTrue(graph.isHead("a4"));
        assertFalse(graph.isHead("a3"));
        assertEquals(List.of(), graph.branchPoints());
    }

    @Test
    void topologicalOrderIsDeterministicAndIndependentOfInputOrder() {
        RevisionGraph one = graph(n("r"), n("c1", "r"), n("b1", "r"), n("m", "c1", "b1"));
        RevisionGraph two = graph(n("m", "c1", "b1"), n("b1", "r"), n("c1", "r"), n("r"));
        assertEquals(List.of("r", "b1", "c1", "m"), ids(one.topologicalOrder()));
        assertEquals(ids(one.topologicalOrder()), ids(two.topologicalOrder()));
    }

    @Test
    void branchAndMergeShape() {
        RevisionGraph graph = branchAndMerge();
        assertEquals(List.of("m"), ids(graph.heads()));
        assertEquals(List.of("r"), ids(graph.branchPoints()));
        assertTrue(graph.isBranchPoint("r"));
        assertTrue(graph.get("m").isMergePoint());
        assertEquals(List.of("b1", "c1"), ids(graph.children("r")));
    }

    @Test
    void aRevisionThatIsOnlyDependedUponIsStillAHead() {
        RevisionGraph graph = twoBasesWithDependency();
        assertEquals(List.of("x1", "y1"), ids(graph.bases()));
        assertEquals(Set.of("x2", "y2"), Set.copyOf(ids(graph.heads())));
        assertEquals(List.of("y2"), ids(graph.dependents("x2")));
        List<String> order = ids(graph.topologicalOrder());
        assertTrue(order.indexOf("x2") < order.indexOf("y2"));
    }

    @Test
    void resolvesExactIdsAndUniquePrefixes() {
        RevisionGraph graph = graph(n("ae1027a6acf"), n("ae1088ff", "ae1027a6acf"), n("27c6a30d7c24", "ae1088ff"));
        assertEquals("27c6a30d7c24", graph.resolve("27c6").id());
        assertEquals("ae1088ff", graph.resolve("ae1088").id());
        assertEquals("ae1088ff", graph.resolve("ae1088ff").id());
        AmbiguousRevisionException ambiguous = assertThrows(AmbiguousRevisionException.class, () -> graph.resolve("ae10"));
        assertEquals(List.of("ae1027a6acf", "ae1088ff"), ambiguous.candidates());
        assertTrue(ambiguous.getMessage().contains("ae1027a6acf, ae1088ff"), ambiguous.getMessage());
        UnknownRevisionException shortPrefix = assertThrows(UnknownRevisionException.class, () -> graph.resolve("27c"));
        assertTrue(shortPrefix.getMessage().contains("please give at least four characters for a partial revision id"),
                shortPrefix.getMessage());
        UnknownRevisionException unknown = assertThrows(UnknownRevisionException.class, () -> graph.resolve("abc1"));
        assertEquals("No revision 'abc1' in versions/; run 'retort history' to list them", unknown.getMessage());
        assertEquals("abc1", unknown.argument());
        assertThrows(UnknownRevisionException.class, () -> graph.get("27c6"));
    }

    @Test
    void duplicateIdNamesBothOrigins() {
        RetortException e = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(
                new RevisionNode("a1", List.of(), List.of(), Set.of(), "V1__init.sql"),
                new RevisionNode("a1", List.of(), List.of(), Set.of(), "V1__copy.java"))));
        assertEquals(ErrorCode.GRAPH, e.code());
        assertTrue(e.getMessage().contains("V1__init.sql") && e.getMessage().contains("V1__copy.java"), e.getMessage());
    }

    @Test
    void unknownParentOrDependencyNamesTheOrigin() {
        RetortException parent = assertThrows(RetortException.class, () -> graph(n("a1"), n("a2", "zz")));
        assertEquals(ErrorCode.GRAPH, parent.code());
        assertTrue(parent.getMessage().startsWith("a2.sql: revises unknown revision 'zz'"), parent.getMessage());
        RetortException dependency = assertThrows(RetortException.class,
                () -> graph(n("a1"), dependent("a2", List.of("a1"), List.of("qq"))));
        assertTrue(dependency.getMessage().startsWith("a2.sql: depends on unknown revision 'qq'"), dependency.getMessage());
    }

    @Test
    void selfReferenceIsRejected() {
        RetortException revises = assertThrows(RetortException.class, () -> graph(n("a1", "a1")));
        assertEquals("a1.sql: revision 'a1' revises itself", revises.getMessage());
        RetortException depends = assertThrows(RetortException.class,
                () -> graph(n("a0"), dependent("a1", List.of("a0"), List.of("a1"))));
        assertEquals("a1.sql: revision 'a1' depends on itself", depends.getMessage());
    }

    @Test
    void repeatedParentIsRejected() {
        RetortException e = assertThrows(RetortException.class, () -> graph(n("a0"), n("a1", "a0", "a0")));
        assertEquals(ErrorCode.GRAPH, e.code());
        assertTrue(e.getMessage().contains("a1.sql: revises 'a0' twice"), e.getMessage());
    }

    @Test
    void cycleNamesTheRevisionsOnIt() {
        RetortException e = assertThrows(RetortException.class,
                () -> graph(n("r"), n("a", "r", "c"), n("b", "a"), n("c", "b"), n("d", "c")));
        assertEquals(ErrorCode.GRAPH, e.code());
        String message = e.getMessage();
        assertTrue(message.startsWith("Revision cycle: "), message);
        for (String origin : List.of("a.sql", "b.sql", "c.sql")) {
            assertTrue(message.contains(origin), message);
        }
        assertFalse(message.contains("d.sql") || message.contains("r.sql"), message);
    }

    @Test
    void cycleThroughADependency() {
        RetortException e = assertThrows(RetortException.class,
                () -> graph(dependent("a", List.of(), List.of("b")), n("b", "a")));
        assertTrue(e.getMessage().contains("depends on") && e.getMessage().contains("revises"), e.getMessage());
    }

    @Test
    void reservedOrMalformedIdsAreRejected() {
        assertEquals(ErrorCode.GRAPH, assertThrows(RetortException.class, () -> graph(n("head"))).code());
        assertEquals(ErrorCode.GRAPH, assertThrows(RetortException.class, () -> graph(n("a@b"))).code());
    }

    @Test
    void labelAppliesToDescendantsAndDownTheSingleLine() {
        // r <- a <- b <- c <- d, and a <- e: a is a branch point, so c's label stops above it.
        RevisionGraph graph = graph(n("r"), n("a", "r"), n("b", "a"), labelled("c", "lbl", "b"), n("d", "c"), n("e", "a"));
        assertEquals(Set.of("lbl"), graph.branchLabels("c"));
        assertEquals(Set.of("lbl"), graph.branchLabels("d"));
        assertEquals(Set.of("lbl"), graph.branchLabels("b"));
        assertEquals(Set.of(), graph.branchLabels("a"));
        assertEquals(Set.of(), graph.branchLabels("r"));
        assertEquals(Set.of(), graph.branchLabels("e"));
    }

    @Test
    void labelOnAPlainChainCoversTheWholeChain() {
        RevisionGraph graph = graph(n("a1"), n("a2", "a1"), labelled("a3", "main", "a2"), n("a4", "a3"));
        for (String id : List.of("a1", "a2", "a3", "a4")) {
            assertEquals(Set.of("main"), graph.branchLabels(id), id);
        }
    }

    @Test
    void labelStopsAtAMergePointAndFlowsIntoMerges() {
        RevisionGraph graph = graph(n("r"), labelled("b1", "beta", "r"), n("c1", "r"), labelled("m", "merged", "b1", "c1"),
                n("t", "m"));
        assertEquals(Set.of("beta", "merged"), graph.branchLabels("m"));
        assertEquals(Set.of("beta", "merged"), graph.branchLabels("t"));
        assertEquals(Set.of("beta"), graph.branchLabels("b1"));
        assertEquals(Set.of(), graph.branchLabels("c1"));
        assertEquals(Set.of(), graph.branchLabels("r"));
    }

    @Test
    void labelsOfTheBranchAndMergeGraph() {
        RevisionGraph graph = branchAndMerge();
        assertEquals(Set.of("beta"), graph.branchLabels("b2"));
        assertEquals(Set.of("gamma"), graph.branchLabels("c2"));
        assertEquals(Set.of("beta", "gamma"), graph.branchLabels("m"));
        assertEquals(Set.of(), graph.branchLabels("r"));
        assertTrue(graph.hasBranchLabel("beta"));
        assertFalse(graph.hasBranchLabel("delta"));
    }

    @Test
    void duplicateLabelDeclarationNamesBothOrigins() {
        RetortException e = assertThrows(RetortException.class,
                () -> graph(labelled("a1", "main"), labelled("a2", "main", "a1")));
        assertEquals(ErrorCode.GRAPH, e.code());
        assertTrue(e.getMessage().contains("'main'") && e.getMessage().contains("a1.sql")
                && e.getMessage().contains("a2.sql"), e.getMessage());
    }

    @Test
    void labelThatIsAlsoAnIdIsRejected() {
        RetortException e = assertThrows(RetortException.class, () -> graph(labelled("a1", "a2"), n("a2", "a1")));
        assertEquals(ErrorCode.GRAPH, e.code());
        assertTrue(e.getMessage().contains("a1.sql"), e.getMessage());
    }
}
