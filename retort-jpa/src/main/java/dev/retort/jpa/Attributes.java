package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.ColumnType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the persistent fields of a run of classes (an entity and its mapped superclasses, top-down)
 * and turns each into an {@link Item}, flattening embeddables. Field access only: annotations on
 * getters are not read. Static, {@code transient} and {@code @Transient} fields are skipped, and so
 * are inverse sides ({@code mappedBy}).
 */
final class Attributes {

    /** A persistent attribute, in declaration order. */
    sealed interface Item permits BasicItem, JoinItem, JoinTableItem, ForeignJoinItem, CollectionItem {
    }

    /**
     * A column of the entity's own table.
     *
     * @param checks the column's check expressions as Hibernate writes them (enum values, Bean Validation bounds)
     */
    record BasicItem(dev.retort.schema.Column column, boolean id, boolean unique, List<String> checks) implements Item {
        BasicItem(dev.retort.schema.Column column, boolean id, boolean unique) {
            this(column, id, unique, List.of());
        }
    }

    /** A {@code @ManyToOne} or owning {@code @OneToOne}: foreign key columns, resolved once every entity is known. */
    record JoinItem(Field field, boolean id, boolean oneToOne, boolean forceNullable) implements Item {
        JoinItem nullable() {
            return new JoinItem(field, id, oneToOne, true);
        }
    }

    /** An {@code @ElementCollection}: a collection table keyed by the owner's id. */
    record CollectionItem(Field field) implements Item {
    }

    /** An owning {@code @ManyToMany}, or a {@code @OneToMany} with neither mappedBy nor join column: a join table. */
    record JoinTableItem(Field field) implements Item {
    }

    /**
     * A one-directional {@code @OneToMany} with {@code @JoinColumn}: foreign key columns in the target's table
     * (the many side), as Hibernate makes them.
     */
    record ForeignJoinItem(Field field) implements Item {
    }

    private final Class<?> entity;
    private final List<Item> items = new ArrayList<>();

    private Attributes(Class<?> entity) {
        this.entity = entity;
    }

    /**
     * The items of {@code classes}, top-down.
     *
     * @param entity the entity they belong to, for messages; its class-level {@code @AttributeOverride}s apply
     */
    static List<Item> of(Class<?> entity, List<Class<?>> classes) {
        Attributes attributes = new Attributes(entity);
        Map<String, Column> overrides = overrides(entity);
        for (Class<?> type : classes) {
            attributes.walk(type, overrides, false);
        }
        return attributes.items;
    }

    private void walk(Class<?> type, Map<String, Column> overrides, boolean inId) {
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || Jpa.has(field, Transient.class)) {
                continue;
            }
            ManyToMany manyToMany = Jpa.get(field, ManyToMany.class);
            OneToOne oneToOne = Jpa.get(field, OneToOne.class);
            OneToMany oneToMany = Jpa.get(field, OneToMany.class);
            if (oneToMany != null && oneToMany.mappedBy().isEmpty() && (Jpa.has(field, JoinColumn.class)
                    || Jpa.has(field, JoinColumns.class))) {
                items.add(new ForeignJoinItem(field));
                continue;
            }
            if (Jpa.has(field, ElementCollection.class)) {
                items.add(new CollectionItem(field));
                continue;
            }
            if (oneToMany != null && oneToMany.mappedBy().isEmpty()) {
                items.add(new JoinTableItem(field));
                continue;
            }
            if (oneToMany != null || manyToMany != null && !manyToMany.mappedBy().isEmpty()
                    || oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
                continue;
            }
            boolean id = inId || Jpa.has(field, Id.class);
            if (manyToMany != null) {
                items.add(new JoinTableItem(field));
            } else if (Jpa.has(field, ManyToOne.class) || oneToOne != null) {
                items.add(new JoinItem(field, id, oneToOne != null, false));
            } else if (Jpa.has(field, EmbeddedId.class)) {
                walk(field.getType(), nested(overrides, field), true);
            } else if (Jpa.has(field, Embedded.class) || Jpa.has(field.getType(), Embeddable.class)) {
                walk(field.getType(), nested(overrides, field), inId);
            } else {
                items.add(basic(field, overrides.get(field.getName()), id));
            }
        }
    }

    private BasicItem basic(Field field, Column override, boolean id) {
        Column column = override != null ? override : Jpa.get(field, Column.class);
        ColumnType type = JavaTypes.of(field, column);
        String columnName = PhysicalNaming.apply(column != null && !column.name().isEmpty() ? column.name() : field.getName());
        List<String> checks = new ArrayList<>();
        if (column == null || column.columnDefinition().isBlank()) {
            type = Enums.read(field, type, columnName, checks);
            type = Validation.read(field, type, columnName, checks);
        }
        if (type == null) {
            throw new RetortException(ErrorCode.CONFIG, "entity " + entity.getName() + " field " + field.getName()
                    + ": no portable column type for " + field.getType().getName()
                    + "; add @Column(columnDefinition = \"...\"), an @Convert, or @Transient");
        }
        jakarta.persistence.Basic basic = Jpa.get(field, jakarta.persistence.Basic.class);
        // A wrapper-typed @Version stays nullable, as Hibernate makes it.
        boolean notNull = id || field.getType().isPrimitive()
                || column != null && !column.nullable() || basic != null && !basic.optional();
        ColumnDefinition definition = column == null || column.columnDefinition().isBlank() ? null
                : ColumnDefinition.parse(column.columnDefinition());
        if (definition != null && definition.notNull() != null) {
            // The database does what the definition says: "NOT NULL" on a nullable field, "NULL" on a primitive.
            notNull = id || definition.notNull();
        }
        notNull |= Validation.notNull(field);
        boolean generated = false;
        GeneratedValue generatedValue = Jpa.get(field, GeneratedValue.class);
        if (id && generatedValue != null) {
            generated = generatedValue.strategy() == GenerationType.IDENTITY || generatedValue.strategy() == GenerationType.AUTO;
        }
        dev.retort.schema.Column result = new dev.retort.schema.Column(
                columnName, type, !notNull, definition == null ? null : definition.serverDefault(),
                generated, null);
        boolean unique = column != null && column.unique() || definition != null && definition.unique();
        return new BasicItem(result, id, unique && !id, checks);
    }

    /** The overrides that apply inside embedded {@code field}: the outer ones win over its own. */
    private static Map<String, Column> nested(Map<String, Column> outer, Field field) {
        Map<String, Column> inner = overrides(field);
        String prefix = field.getName() + ".";
        outer.forEach((path, column) -> {
            if (path.startsWith(prefix)) {
                inner.put(path.substring(prefix.length()), column);
            }
        });
        return inner;
    }

    private static Map<String, Column> overrides(AnnotatedElement element) {
        Map<String, Column> overrides = new HashMap<>();
        for (AttributeOverride override : Jpa.all(element, AttributeOverride.class, AttributeOverrides.class)) {
            overrides.put(override.name(), override.column());
        }
        return overrides;
    }
}
