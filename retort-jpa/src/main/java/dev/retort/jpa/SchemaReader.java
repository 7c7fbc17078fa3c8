package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.jpa.Attributes.Item;
import dev.retort.jpa.Attributes.JoinItem;
import dev.retort.model.NamingConvention;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns entity classes into a {@link Schema}: one draft table per entity (or per hierarchy, for
 * SINGLE_TABLE inheritance), then relations resolved against every entity's key, then tables sorted
 * by name.
 */
final class SchemaReader {
    private final List<Class<?>> entities;
    private final Map<Class<?>, Draft> draftOf = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();

    private SchemaReader(List<Class<?>> entities) {
        this.entities = new ArrayList<>(entities);
        this.entities.sort(Comparator.comparingInt(SchemaReader::depth).thenComparing(Class::getName));
    }

    static Schema read(List<Class<?>> entities) {
        return new SchemaReader(entities).read();
    }

    private Schema read() {
        for (Class<?> entity : entities) {
            draft(entity);
        }
        Relations relations = new Relations(draftOf);
        SharedTables shared = new SharedTables();
        for (Draft draft : drafts) {
            shared.add(relations.table(draft), "entity " + draft.owner.getName(), true);
        }
        for (int i = 0; i < relations.joinTables().size(); i++) {
            shared.add(relations.joinTables().get(i), relations.joinOrigins().get(i), false);
        }
        List<Table> tables = shared.tables();
        tables.sort(Comparator.comparing(Table::name).thenComparing(t -> Objects.requireNonNullElse(t.schema(), "")));
        try {
            return new Schema(tables, Sequences.of(entities));
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.CONFIG, "the entities map two tables to one name: " + e.getMessage()
                    + "; give one of them another @Table(name)", e);
        }
    }

    private void draft(Class<?> entity) {
        Class<?> root = root(entity);
        InheritanceType strategy = strategy(root);
        Class<?> parent = parentEntity(entity);
        if (parent != null && strategy == InheritanceType.SINGLE_TABLE) {
            Draft table = draftOf.get(root);
            for (Item item : Attributes.of(entity, segment(entity, false))) {
                // other rows of the hierarchy leave a subclass's columns empty
                table.items.add(item instanceof Attributes.BasicItem b
                        ? new Attributes.BasicItem(b.column().withNullable(true), b.id(), b.unique(), b.checks())
                        : item instanceof JoinItem j ? j.nullable() : item);
            }
            draftOf.put(entity, table);
            return;
        }
        if (strategy == InheritanceType.TABLE_PER_CLASS && Modifier.isAbstract(entity.getModifiers())) {
            return;
        }
        Draft draft = new Draft(entity, Names.tableSchema(entity), Names.table(entity));
        if (parent != null && strategy == InheritanceType.JOINED) {
            joinedKey(draft, draftOf.get(parent));
        } else if (parent == null && strategy == InheritanceType.SINGLE_TABLE && hasSubEntities(entity)) {
            draft.discriminator = discriminator(entity);
        }
        draft.items.addAll(Attributes.of(entity, segment(entity, strategy == InheritanceType.TABLE_PER_CLASS)));
        draftOf.put(entity, draft);
        drafts.add(draft);
    }

    /** A JOINED subclass's key: its parent's key columns, renamed by {@code @PrimaryKeyJoinColumn}, and a foreign key to the parent. */
    private void joinedKey(Draft draft, Draft parent) {
        List<Column> parentIds = parent.basicIds();
        PrimaryKeyJoinColumn[] renames = Jpa.all(draft.owner, PrimaryKeyJoinColumn.class, PrimaryKeyJoinColumns.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parentIds.size(); i++) {
            Column id = parentIds.get(i).withAutoIncrement(false).withNullable(false);
            if (i < renames.length && !renames[i].name().isEmpty()) {
                id = id.withName(PhysicalNaming.apply(renames[i].name()));
            }
            draft.leadingIds.add(id);
            names.add(id.name());
        }
        draft.leadingForeignKeys.add(new ForeignKey(NamingConvention.foreignKey(draft.name, names, parent.name), names,
                parent.schema, parent.name, parentIds.stream().map(Column::name).toList(), null, null));
    }

    private static Column discriminator(Class<?> root) {
        DiscriminatorColumn d = Jpa.get(root, DiscriminatorColumn.class);
        if (d == null) {
            return Column.of("dtype", ColumnType.varchar(31)).notNull();
        }
        ColumnType type = !d.columnDefinition().isBlank() ? ColumnDefinition.parse(d.columnDefinition()).type()
                : switch (d.discriminatorType()) {
                    case STRING -> ColumnType.varchar(d.length());
                    case CHAR -> ColumnType.fixedChar(1);
                    case INTEGER -> ColumnType.integer();
                };
        return Column.of(PhysicalNaming.apply(d.name()), type).notNull();
    }

    /**
     * The classes whose fields {@code entity}'s own table holds, top-down: it and its mapped superclasses
     * up to the next entity, or every superclass when {@code throughEntities} (TABLE_PER_CLASS).
     */
    private static List<Class<?>> segment(Class<?> entity, boolean throughEntities) {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(entity);
        for (Class<?> c = entity.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (Jpa.has(c, Entity.class) && !throughEntities) {
                break;
            }
            if (Jpa.has(c, MappedSuperclass.class) || Jpa.has(c, Entity.class)) {
                classes.add(0, c);
            }
        }
        return classes;
    }

    private boolean hasSubEntities(Class<?> root) {
        return entities.stream().anyMatch(e -> e != root && root.isAssignableFrom(e));
    }

    private static Class<?> parentEntity(Class<?> entity) {
        for (Class<?> c = entity.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (Jpa.has(c, Entity.class)) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> root(Class<?> entity) {
        Class<?> root = entity;
        for (Class<?> c = parentEntity(entity); c != null; c = parentEntity(c)) {
            root = c;
        }
        return root;
    }

    private static InheritanceType strategy(Class<?> root) {
        Inheritance inheritance = Jpa.get(root, Inheritance.class);
        return inheritance == null ? InheritanceType.SINGLE_TABLE : inheritance.strategy();
    }

    private static int depth(Class<?> entity) {
        int depth = 0;
        for (Class<?> c = parentEntity(entity); c != null; c = parentEntity(c)) {
            depth++;
        }
        return depth;
    }
}
