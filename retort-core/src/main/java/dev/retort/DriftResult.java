package dev.retort;

import java.util.List;
import java.util.Set;

/**
 * What {@link Retort#drift()} found: the live schema against the one the migrations produce up to the database's
 * current revisions.
 *
 * @param current the database's current revisions
 * @param changes what was changed by hand, as the operations that take the migrations' schema to the live one
 *                ({@code Added column 'nickname' to table 'account'}); empty when there is no drift
 * @param scratch where the migrations' schema was built (removed since)
 */
public record DriftResult(Set<String> current, List<String> changes, String scratch) {
    public DriftResult {
        current = Set.copyOf(current);
        changes = List.copyOf(changes);
    }

    public boolean drifted() {
        return !changes.isEmpty();
    }
}
