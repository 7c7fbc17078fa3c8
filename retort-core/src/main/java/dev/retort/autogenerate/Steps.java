package dev.retort.autogenerate;

import dev.retort.Diff;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The operations a comparison found, each filed under the {@link Phase} it must run in, with its summary
 * lines; assembled into a {@link Diff} whose upgrade runs phase by phase (in the order found within a phase)
 * and whose downgrade is each operation's reverse, last first.
 */
final class Steps {
    /**
     * When an operation runs. Foreign keys are dropped first, so nothing refers to what goes next: tables
     * (children first), then indexes and constraints, before the columns they use are dropped. New tables
     * (parents first) come after the changes to existing tables, so they may reference new columns and keys;
     * foreign keys are created once every table and column they need exists. The downgrade runs the same
     * phases backwards, so it holds for it too.
     */
    enum Phase {
        DROP_FOREIGN_KEYS, DROP_TABLES, DROP_SEQUENCES, DROP_CONSTRAINTS, ADD_COLUMNS, ALTER_COLUMNS, DROP_COLUMNS,
        CREATE_CONSTRAINTS, CREATE_SEQUENCES, CREATE_TABLES, CREATE_FOREIGN_KEYS, TABLE_COMMENTS
    }

    private record Step(Phase phase, int seq, Operation operation, Operation reverse, List<String> changes) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> uncompared = new ArrayList<>();

    void add(Phase phase, Operation operation, String... changes) {
        add(phase, operation, null, changes);
    }

    /** An operation whose downgrade is {@code reverse} rather than its own {@link Operation#reverse()}. */
    void add(Phase phase, Operation operation, Operation reverse, String... changes) {
        steps.add(new Step(phase, steps.size(), operation, reverse, List.of(changes)));
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** A model table the comparison cannot look at: a note, and a reason for {@code check} to fail. */
    void uncompared(String note) {
        note(note);
        uncompared.add(note);
    }

    Diff toDiff() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase).thenComparingInt(Step::seq));
        List<Operation> upgrade = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Step s : ordered) {
            upgrade.add(s.operation());
            changes.addAll(s.changes());
        }
        List<Operation> downgrade = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            Step step = ordered.get(i);
            Optional<Operation> reverse = step.reverse() != null ? Optional.of(step.reverse()) : upgrade.get(i).reverse();
            if (reverse.isPresent()) {
                downgrade.add(reverse.get());
            } else {
                allNotes.add("the downgrade cannot undo " + upgrade.get(i).getClass().getSimpleName() + " ("
                        + String.join("; ", ordered.get(i).changes()) + "): name the constraint in the model");
            }
        }
        return new Diff(upgrade, downgrade, changes, allNotes, uncompared);
    }
}
