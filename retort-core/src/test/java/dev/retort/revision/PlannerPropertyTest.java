package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the graph and planner over thousands of seeded random DAGs, checked against a naive model. */
class PlannerPropertyTest {
    private static final long SEED = 0x5EED_2026L;
    private static final int GRAPHS = 2000;

    @Test
    void randomGraphs() {
        Random seeds = new Random(SEED);
        for (int round = 0; round < GRAPHS; round++) {
            long seed = seeds.nextLong();
            List<RevisionNode> nodes = RandomGraphs.generate(new Random(seed), 30);
            try {
                check(nodes, new Random(seed + 1));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " (round " + round + "), graph:"
                        + RandomGraphs.describe(nodes), e);
            }
        }
    }

    private static void check(List<RevisionNode> nodes, Random random) {
        RevisionGraph graph = RevisionGraph.of(nodes);
        RandomGraphs.Model model = new RandomGraphs.Model(nodes);
        Planner planner = new Planner(graph);
        List<String> ids = new ArrayList<>(model.ids());
        ids.sort(null);

        checkShape(graph, model, ids);

        Plan up = planner.upgrade(Set.of(), "heads");
        Set<String> full = replay(model, Set.of(), up);
        assertEquals(model.rows(model.ids()), full, "upgrade heads leaves a row per revision nothing else implies");
        assertEquals(model.ids(), model.applied(full));
        assertEquals(ids.size(), up.steps().size());

        Plan down = planner.downgrade(full, "base");
        assertEquals(Set.of(), replay(model, full, down));
        assertEquals(ids.size(), down.steps().size(), "downgrade base reverts exactly what was applied");
        assertEquals(Set.copyOf(ids), Set.copyOf(Graphs.stepIds(down)));
        if (ids.isEmpty()) {
            return;
        }

        for (int attempt = 0; attempt < 4; attempt++) {
            String first = ids.get(random.nextInt(ids.size()));
            Set<String> rows = replay(model, Set.of(), planner.upgrade(Set.of(), first));
            assertEquals(model.ancestorsOrSelf(first, true), model.applied(rows));

            String target = ids.get(random.nextInt(ids.size()));
            Set<String> before = model.applied(rows);
            Set<String> after = replay(model, rows, planner.upgrade(rows, target));
            Set<String> expected = new HashSet<>(before);
            expected.addAll(model.ancestorsOrSelf(target, true));
            assertEquals(expected, model.applied(after), "upgrade " + target + " from " + rows);
            assertEquals(expected, planner.applied(after));

            AlembicModel alembic = new AlembicModel(model);
            checkDowngrade(planner, model, alembic, ids, after, random);
            checkStamp(planner, model, alembic, after, ids.get(random.nextInt(ids.size())));
            checkRelative(planner, model, alembic, after);
            BranchTargets.check(planner, model, alembic, after, random);
        }
    }

    private static void checkShape(RevisionGraph graph, RandomGraphs.Model model, List<String> ids) {
        Set<String> childless = ids.stream().filter(id -> model.children.get(id).isEmpty()).collect(Collectors.toSet());
        assertEquals(childless, Set.copyOf(Graphs.ids(graph.heads())), "heads are the revisions nothing revises");
        List<String> order = Graphs.ids(graph.topologicalOrder());
        assertEquals(ids.size(), order.size());
        for (String id : ids) {
            RevisionNode node = model.byId.get(id);
            for (String before : concat(node.revises(), model.deps.get(id))) {
                assertTrue(order.indexOf(before) < order.indexOf(id), before + " before " + id);
            }
            assertEquals(id, graph.resolve(id).id());
            String prefix = id.substring(0, 4);
            long matches = ids.stream().filter(other -> other.startsWith(prefix)).count();
            if (matches == 1) {
                assertEquals(id, graph.resolve(prefix).id());
            } else {
                assertThrows(AmbiguousRevisionException.class, () -> graph.resolve(prefix));
            }
        }
        var labels = model.labels();
        for (String id : ids) {
            assertEquals(labels.get(id), graph.branchLabels(id), "labels of " + id);
        }
        Planner planner = new Planner(graph);
        List<String> newestFirst = new ArrayList<>(order);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, Graphs.ids(planner.history(Set.of(), null)));
        for (String id : ids) {
            assertEquals(model.descendantsOrSelf(id), Set.copyOf(Graphs.ids(planner.history(Set.of(), id + ":"))));
            assertEquals(model.ancestorsOrSelf(id, true), Set.copyOf(Graphs.ids(planner.history(Set.of(), ":" + id))));
        }
    }

    private static void checkDowngrade(Planner planner, RandomGraphs.Model model, AlembicModel alembic, List<String> ids,
            Set<String> rows, Random random) {
        Set<String> applied = model.applied(rows);
        List<String> appliedIds = ids.stream().filter(applied::contains).toList();
        String target = appliedIds.get(random.nextInt(appliedIds.size()));
        Set<String> expected = alembic.downgrade(applied, target, null);
        Set<String> end = replay(model, rows, planner.downgrade(rows, target));
        assertEquals(expected, model.applied(end), "downgrade " + target + " from " + rows);

        List<String> missing = ids.stream().filter(id -> !applied.contains(id)).toList();
        if (!missing.isEmpty()) {
            String absent = missing.get(random.nextInt(missing.size()));
            RetortException e = assertThrows(RetortException.class, () -> planner.downgrade(rows, absent));
            assertEquals(ErrorCode.INVALID_TARGET, e.code());
        }
    }

    private static void checkStamp(Planner planner, RandomGraphs.Model model, AlembicModel alembic, Set<String> rows,
            String target) {
        assertEquals(Set.of(target), planner.stamp(rows, target, true));
        Set<String> stamped = planner.stamp(rows, target, false);
        assertTrue(stamped.contains(target), "stamp keeps its target");
        assertAntichain(model, stamped);
        assertEquals(alembic.stampRows(rows, target, null), stamped, "stamp " + target + " from " + rows);
    }

    /** {@code +1} and {@code -1} either refuse with a user error or move by exactly one revision. */
    private static void checkRelative(Planner planner, RandomGraphs.Model model, AlembicModel alembic, Set<String> rows) {
        RetortException down = assertThrows(RetortException.class, () -> planner.upgrade(rows, "-1"), "upgrade -1");
        assertEquals(ErrorCode.INVALID_TARGET, down.code());
        if (rows.size() == 1) {
            String row = rows.iterator().next();
            String parent = alembic.walkDown(row, 1);
            if (parent == null) {
                assertThrows(AmbiguousRevisionException.class, () -> planner.downgrade(rows, "-1"));
            } else {
                Set<String> expected = alembic.downgrade(model.applied(rows), parent.equals("base") ? null : parent, row);
                assertEquals(expected, model.applied(replay(model, rows, planner.downgrade(rows, "-1"))), "-1 from " + row);
            }
        }
        try {
            Plan plan = planner.upgrade(rows, "+1");
            Set<String> end = replay(model, rows, plan);
            if (rows.size() == 1) {
                String row = rows.iterator().next();
                assertEquals(1, model.children.get(row).size());
                assertTrue(model.applied(end).contains(model.children.get(row).get(0)));
            }
        } catch (RetortException e) {
            assertTrue(Set.of(ErrorCode.INVALID_TARGET, ErrorCode.AMBIGUOUS_REVISION, ErrorCode.MULTIPLE_HEADS)
                    .contains(e.code()), e.getMessage());
        }
    }

    /**
     * Runs a plan's row changes step by step, checking each step runs after what it needs (upgrade) or
     * after what needs it (downgrade), that the rows always describe exactly the applied set and never
     * hold a revision and one of its ancestors. Returns the final rows.
     */
    static Set<String> replay(RandomGraphs.Model model, Set<String> start, Plan plan) {
        Set<String> applied = model.applied(start);
        Set<String> rows = new HashSet<>(start);
        assertEquals(Set.copyOf(start), plan.startHeads());
        for (Step step : plan.steps()) {
            RevisionNode node = step.revision();
            if (step.direction() == Direction.UPGRADE) {
                assertFalse(applied.contains(node.id()), node.id() + " applied twice");
                assertTrue(applied.containsAll(concat(node.revises(), model.deps.get(node.id()))), node.id() + " applied too early");
                applied.add(node.id());
            } else {
                assertTrue(applied.contains(node.id()), node.id() + " reverted but not applied");
                for (String after : model.successors.get(node.id())) {
                    assertFalse(applied.contains(after), node.id() + " reverted before " + after);
                }
                applied.remove(node.id());
            }
            assertTrue(rows.containsAll(step.removedHeads()), "removes rows that exist");
            rows.removeAll(step.removedHeads());
            rows.addAll(step.addedHeads());
            assertEquals(model.rows(applied), rows, "rows after " + node.id() + " are Alembic's");
        }
        assertEquals(rows, plan.endHeads());
        return rows;
    }

    private static void assertAntichain(RandomGraphs.Model model, Set<String> rows) {
        for (String row : rows) {
            Set<String> below = model.ancestorsOrSelf(row, false);
            for (String other : rows) {
                assertTrue(other.equals(row) || !below.contains(other), other + " is below " + row + " in rows " + rows);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
