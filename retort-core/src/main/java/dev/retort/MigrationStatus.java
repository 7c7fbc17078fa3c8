package dev.retort;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a database stands against the scripts ({@link Retort#status()}): what a health check or an operations
 * endpoint shows.
 *
 * <pre>{@code
 * MigrationStatus status = retort.status();
 * if (!status.upToDate()) {
 *     log.warn("database behind the scripts: {} pending", status.pending());
 * }
 * }</pre>
 *
 * @param current     the revisions in the version table (empty at base)
 * @param heads       the heads of the scripts
 * @param pending     the revisions {@code upgrade heads} would apply, in the order it would apply them
 * @param changed     applied revisions whose script was edited since it ran
 * @param interrupted the history rows of migrations that stopped part-way, oldest first
 * @param repeatables the repeatable scripts {@code upgrade} would apply (new, or changed since they last ran), by name
 */
public record MigrationStatus(Set<String> current, List<String> heads, List<String> pending, List<String> changed,
        List<HistoryRow> interrupted, List<String> repeatables) {

    public MigrationStatus {
        current = Set.copyOf(Objects.requireNonNull(current, "current"));
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        changed = List.copyOf(changed);
        interrupted = List.copyOf(interrupted);
        repeatables = List.copyOf(repeatables);
    }

    /** A status without repeatable scripts to apply. */
    public MigrationStatus(Set<String> current, List<String> heads, List<String> pending, List<String> changed,
            List<HistoryRow> interrupted) {
        this(current, heads, pending, changed, interrupted, List.of());
    }

    /**
     * True when nothing is pending, no applied script was edited, no migration stopped part-way and no repeatable
     * script waits to be applied.
     */
    public boolean upToDate() {
        return pending.isEmpty() && changed.isEmpty() && interrupted.isEmpty() && repeatables.isEmpty();
    }
}
