package dev.retort.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Default table names: {@code @Table(name)}, else the entity name ({@code @Entity(name)} or the simple class name), snake_cased. */
final class Names {
    private Names() {
    }

    static String entity(Class<?> type) {
        Entity entity = Jpa.get(type, Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }

    static String table(Class<?> type) {
        Table table = Jpa.get(type, Table.class);
        return PhysicalNaming.apply(table != null && !table.name().isEmpty() ? table.name() : entity(type));
    }

    static String tableSchema(Class<?> type) {
        Table table = Jpa.get(type, Table.class);
        return table != null && !table.schema().isEmpty() ? PhysicalNaming.apply(table.schema()) : null;
    }
}
