package dev.retort.autogenerate;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which new tables can be created with their foreign keys inline: a table after the tables it
 * references. Where references form a cycle, one table of the cycle is created without its keys to the tables
 * not yet created, and those keys are {@link #deferred()}, added once every table exists. Tables that do not
 * depend on each other keep the order given.
 *
 * <pre>{@code
 * CreationOrder order = CreationOrder.of(List.of(orders, users));   // users references nothing
 * order.tables();    // [users, orders]
 * order.deferred();  // []
 * }</pre>
 */
record CreationOrder(List<Table> tables, List<Deferred> deferred) {
    /** A foreign key of {@code table} to add after the tables are created. */
    record Deferred(Table table, ForeignKey key) {
    }

    static CreationOrder of(List<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        Set<String> created = new LinkedHashSet<>();
        List<Table> ordered = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = null;
            for (Table t : remaining) {
                if (pending(t, remaining, created).isEmpty()) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                Table cut = onCycle(remaining, created);
                List<ForeignKey> cutKeys = pending(cut, remaining, created);
                List<ForeignKey> kept = new ArrayList<>(cut.foreignKeys());
                kept.removeAll(cutKeys);
                cutKeys.forEach(key -> deferred.add(new Deferred(cut, key)));
                remaining.set(remaining.indexOf(cut), new Table(cut.schema(), cut.name(), cut.columns(),
                        cut.primaryKey(), cut.uniques(), cut.indexes(), kept, cut.checks(), cut.comment()));
                continue;
            }
            remaining.remove(next);
            created.add(next.name());
            ordered.add(next);
        }
        return new CreationOrder(List.copyOf(ordered), List.copyOf(deferred));
    }

    // The keys of t to tables still to create, other than itself.
    private static List<ForeignKey> pending(Table t, List<Table> remaining, Set<String> created) {
        List<ForeignKey> out = new ArrayList<>();
        for (ForeignKey key : t.foreignKeys()) {
            String target = key.referencedTable();
            if (!target.equals(t.name()) && !created.contains(target)
                    && remaining.stream().anyMatch(r -> r.name().equals(target))) {
                out.add(key);
            }
        }
        return out;
    }

    // Walks pending references from the first table until one repeats: that one is on a cycle.
    private static Table onCycle(List<Table> remaining, Set<String> created) {
        Set<String> seen = new LinkedHashSet<>();
        Table t = remaining.get(0);
        while (seen.add(t.name())) {
            String target = pending(t, remaining, created).get(0).referencedTable();
            t = remaining.stream().filter(r -> r.name().equals(target)).findFirst().orElseThrow();
        }
        return t;
    }
}
