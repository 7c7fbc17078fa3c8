package dev.retort.autogenerate;

import dev.retort.autogenerate.Steps.Phase;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sequences of the models against those of the database: a new one is created (and dropped by the
 * downgrade), one only in the database left alone with a note (a drop would lose its current value; write it
 * by hand when meant), one whose start or increment differs altered in place, keeping its current value. Not called where the database has none.
 */
final class SequenceComparator {
    private SequenceComparator() {
    }

    /**
     * @param schema   the schema compared (null: the current one), given to every operation
     * @param compared the name of the schema compared, if known: a model sequence declared in it is compared
     */
    static void compare(List<Sequence> desired, List<Sequence> actual, Steps steps, String schema, String compared) {
        for (Sequence wanted : desired) {
            if (wanted.schema() != null && !wanted.schema().equals(schema) && !wanted.schema().equals(compared)) {
                steps.uncompared("sequence " + wanted.schema() + "." + wanted.name() + " is not in the schema compared ("
                        + (compared == null ? "the connection's" : compared) + "): not compared");
                continue;
            }
            Sequence s = wanted.withSchema(schema);
            Optional<Sequence> existing = find(actual, s.name());
            if (existing.isEmpty()) {
                steps.add(Phase.CREATE_SEQUENCES, new CreateSequence(s), "+ sequence " + s.name());
            } else if (existing.get().start() != s.start() || existing.get().increment() != s.increment()) {
                Sequence before = existing.get().withSchema(schema);
                steps.add(Phase.CREATE_SEQUENCES, new AlterSequence(s, before), "~ sequence " + s.name() + " start "
                        + before.start() + " -> " + s.start() + ", increment " + before.increment() + " -> " + s.increment());
            }
        }
        for (Sequence present : actual) {
            if (find(desired, present.name()).isEmpty()) {
                // Left alone, as Alembic leaves every sequence: one the models do not name may feed a column
                // default, a trigger or Hibernate's AUTO ids, and dropping it loses its current value.
                steps.note(DataLoss.unclaimedSequence(present.name()));
            }
        }
    }

    private static Optional<Sequence> find(List<Sequence> sequences, String name) {
        return sequences.stream().filter(s -> Objects.equals(s.name(), name)).findFirst();
    }
}
