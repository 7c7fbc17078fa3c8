package dev.retort;

import dev.retort.op.Operation;
import java.util.List;

/**
 * The result of comparing the models with the database: the operations that take the database to the
 * models ({@code upgrade}, in an order that runs), those that take it back ({@code downgrade}), and
 * notes for the reviewer (a likely rename, a change the comparison cannot see).
 *
 * @param changes one human-readable line per detected difference, for the summary and {@code retort check}
 * @param uncompared one line per model table the comparison could not look at (declared in another schema than
 *                the one compared): {@code retort check} fails on these too, since nothing would create them
 */
public record Diff(List<Operation> upgrade, List<Operation> downgrade, List<String> changes, List<String> notes,
                   List<String> uncompared) {
    public Diff {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        uncompared = uncompared == null ? List.of() : List.copyOf(uncompared);
    }

    public Diff(List<Operation> upgrade, List<Operation> downgrade, List<String> changes, List<String> notes) {
        this(upgrade, downgrade, changes, notes, List.of());
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
