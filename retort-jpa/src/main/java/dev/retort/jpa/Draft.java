package dev.retort.jpa;

import dev.retort.jpa.Attributes.BasicItem;
import dev.retort.jpa.Attributes.Item;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table being assembled: where it comes from and what has been found for it so far. */
final class Draft {
    final Class<?> owner;
    final String schema;
    final String name;
    /** Key columns that precede the items: a JOINED subclass's copy of its root's id. */
    final List<Column> leadingIds = new ArrayList<>();
    /** The SINGLE_TABLE discriminator, or null. */
    Column discriminator;
    final List<Item> items = new ArrayList<>();
    final List<ForeignKey> leadingForeignKeys = new ArrayList<>();

    Draft(Class<?> owner, String schema, String name) {
        this.owner = owner;
        this.schema = schema;
        this.name = name;
    }

    /** The key columns known without resolving relations, in order. */
    List<Column> basicIds() {
        List<Column> ids = new ArrayList<>(leadingIds);
        for (Item item : items) {
            if (item instanceof BasicItem b && b.id()) {
                ids.add(b.column());
            }
        }
        return ids;
    }

    boolean hasRelationInId() {
        return items.stream().anyMatch(i -> i instanceof Attributes.JoinItem j && j.id());
    }

    Optional<Column> basicColumn(String columnName) {
        for (Column c : leadingIds) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        for (Item item : items) {
            if (item instanceof BasicItem b && b.column().name().equals(columnName)) {
                return Optional.of(b.column());
            }
        }
        return Optional.empty();
    }
}
