package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** The property test's checks of branch targets (issue 9, class 3) against {@link AlembicModel}. */
final class BranchTargets {
    private BranchTargets() {
    }

    static void check(Planner planner, RandomGraphs.Model model, AlembicModel alembic, Set<String> rows, Random random) {
        Set<String> applied = model.applied(rows);
        List<String> appliedIds = new ArrayList<>(applied);
        appliedIds.sort(null);
        List<String> labels = new ArrayList<>(alembic.declarers().keySet());
        if (!labels.isEmpty()) {
            String label = labels.get(random.nextInt(labels.size()));
            String declarer = alembic.declarers().get(label);
            Set<String> up = new HashSet<>(applied);
            up.addAll(model.ancestorsOrSelf(declarer, true));
            expect(model, rows, up, () -> planner.upgrade(rows, label), "upgrade " + label);
            expect(model, rows, alembic.downgrade(applied, null, declarer), () -> planner.downgrade(rows, label + "@base"),
                    "downgrade " + label + "@base");
            List<String> onLine = appliedIds.stream().filter(model.lineage(declarer)::contains).toList();
            if (!onLine.isEmpty()) {
                String rev = onLine.get(random.nextInt(onLine.size()));
                expect(model, rows, alembic.downgrade(applied, rev, declarer),
                        () -> planner.downgrade(rows, label + "@" + rev), "downgrade " + label + "@" + rev);
            }
            String head = alembic.headOf(declarer);
            String belowHead = head == null ? null : alembic.walkDown(head, 1);
            downgradeTo(planner, model, alembic, rows, belowHead, declarer, label + "@head-1");
            downgradeTo(planner, model, alembic, rows, alembic.walkUpFromBase(declarer, 2), declarer, label + "@base+2");
            assertEquals(alembic.stampRows(rows, null, label), planner.stamp(rows, label + "@base", false),
                    "stamp " + label + "@base from " + rows);
        }
        String x = appliedIds.get(random.nextInt(appliedIds.size()));
        List<String> xLine = appliedIds.stream().filter(model.lineage(x)::contains).toList();
        String y = xLine.get(random.nextInt(xLine.size()));
        expect(model, rows, alembic.downgrade(applied, y, x), () -> planner.downgrade(rows, x + "@" + y),
                "downgrade " + x + "@" + y);
        String base2 = alembic.walkUpFromBase(null, 2);
        if (base2 == null) {
            assertThrows(RetortException.class, () -> planner.stamp(rows, "base+2", false), "stamp base+2");
        } else {
            assertEquals(alembic.stampRows(rows, base2, null), planner.stamp(rows, "base+2", false), "stamp base+2");
        }
    }

    /** A downgrade to {@code target} (null: the walk fails), keeping to {@code anchor}'s line. */
    private static void downgradeTo(Planner planner, RandomGraphs.Model model, AlembicModel alembic, Set<String> rows,
            String target, String anchor, String expression) {
        Set<String> applied = model.applied(rows);
        boolean base = "base".equals(target);
        Set<String> expected = target == null || !base && !applied.contains(target) ? null
                : alembic.downgrade(applied, base ? null : target, anchor);
        expect(model, rows, expected, () -> planner.downgrade(rows, expression), "downgrade " + expression);
    }

    /** The command leaves exactly {@code expected} applied, or is refused when {@code expected} is null. */
    private static void expect(RandomGraphs.Model model, Set<String> rows, Set<String> expected, Supplier<Plan> command,
            String what) {
        if (expected == null) {
            assertThrows(RetortException.class, command::get, what + " from " + rows);
            return;
        }
        Set<String> end = PlannerPropertyTest.replay(model, rows, command.get());
        assertEquals(expected, model.applied(end), what + " from " + rows);
    }
}
