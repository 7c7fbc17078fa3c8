package dev.retort.jpa;

import dev.retort.jpa.Attributes.BasicItem;
import dev.retort.jpa.Attributes.Item;
import dev.retort.model.NamingConvention;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of collections, as Hibernate 6 makes them: the join table of an owning {@code @ManyToMany} or of a
 * {@code @OneToMany} without {@code mappedBy} or {@code @JoinColumn} (its element side unique), and the collection
 * table of an {@code @ElementCollection} (basic values, embeddables, maps with {@code @MapKeyColumn}); keys as
 * {@link #key} says.
 */
final class JoinTables {
    private final Relations relations;

    JoinTables(Relations relations) {
        this.relations = relations;
    }

    Table joinTable(Draft owner, Field field) {
        ManyToMany manyToMany = Jpa.get(field, ManyToMany.class);
        Class<?> declared = manyToMany != null ? manyToMany.targetEntity() : Jpa.get(field, OneToMany.class).targetEntity();
        Draft target = relations.target(field, declared != void.class ? declared : Relations.elementType(field));
        JoinTable given = Jpa.get(field, JoinTable.class);
        // Spring names a join table after the owning table and the attribute, JPA (Hibernate) after both tables
        String implicit = owner.name + "_" + (JpaSettings.current().naming() == JpaSettings.Naming.SPRING ? field.getName() : target.name);
        String name = PhysicalNaming.apply(given != null && !given.name().isEmpty() ? given.name() : implicit);
        List<Column> ownerRefs = new ArrayList<>();
        List<Column> targetRefs = new ArrayList<>();
        List<Column> ownerColumns = relations.joinColumns(field, given == null ? new JoinColumn[0] : given.joinColumns(), owner,
                Relations.inverseName(target.owner, field.getName(), Names.entity(owner.owner)), ownerRefs);
        List<Column> targetColumns = relations.joinColumns(field, given == null ? new JoinColumn[0] : given.inverseJoinColumns(),
                target, field.getName(), targetRefs);
        Table.Builder builder = Table.builder(name).schema(given != null && !given.schema().isEmpty() ? given.schema() : null);
        List<String> ownerNames = names(ownerColumns);
        List<String> targetNames = names(targetColumns);
        ownerColumns.forEach(c -> builder.column(c.withNullable(false)));
        targetColumns.forEach(c -> builder.column(c.withNullable(false)));
        key(builder, name, field, ownerNames, targetNames, true);
        if (manyToMany == null) {
            // a one-to-many: each element belongs to one owner
            builder.unique(new UniqueConstraint(NamingConvention.unique(name, targetNames), targetNames));
        }
        builder.foreignKey(new ForeignKey(Relations.fkName(given == null ? null : given.foreignKey(), name, ownerNames, owner.name),
                ownerNames, owner.schema, owner.name, names(ownerRefs), null, null));
        builder.foreignKey(new ForeignKey(Relations.fkName(given == null ? null : given.inverseForeignKey(), name, targetNames,
                target.name), targetNames, target.schema, target.name, names(targetRefs), null, null));
        return builder.build();
    }

    Table collectionTable(Draft owner, Field field) {
        CollectionTable given = Jpa.get(field, CollectionTable.class);
        String name = PhysicalNaming.apply(given != null && !given.name().isEmpty() ? given.name()
                : Names.entity(owner.owner) + "_" + field.getName());
        List<Column> ownerRefs = new ArrayList<>();
        List<Column> ownerColumns = relations.joinColumns(field, given == null ? new JoinColumn[0] : given.joinColumns(), owner,
                Names.entity(owner.owner), ownerRefs);
        Table.Builder builder = Table.builder(name).schema(given != null && !given.schema().isEmpty() ? given.schema() : null);
        List<String> ownerNames = names(ownerColumns);
        ownerColumns.forEach(c -> builder.column(c.withNullable(false)));
        List<String> elementNames = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<BasicItem> mapKey = Map.class.isAssignableFrom(field.getType()) ? List.of(mapKey(field)) : List.of();
        for (BasicItem item : concat(mapKey, elements(owner, field))) {
            Column column = item.column();
            builder.column(column);
            Relations.checks(name, item, checks);
            if (!mapKey.contains(item)) {
                elementNames.add(column.name());
            }
        }
        checks.forEach(builder::check);
        key(builder, name, field, ownerNames, mapKey.isEmpty() ? elementNames : names(mapKey.stream().map(BasicItem::column).toList()), false);
        builder.foreignKey(new ForeignKey(Relations.fkName(given == null ? null : given.foreignKey(), name, ownerNames, owner.name),
                ownerNames, owner.schema, owner.name, names(ownerRefs), null, null));
        return builder.build();
    }

    /** The element columns: the embeddable's attributes, or one basic column named after the attribute. */
    private List<BasicItem> elements(Draft owner, Field field) {
        Class<?> element = typeArgument(field, field.getGenericType() instanceof ParameterizedType p
                ? p.getActualTypeArguments().length - 1 : 0);
        if (Jpa.has(element, jakarta.persistence.Embeddable.class)) {
            List<BasicItem> items = new ArrayList<>();
            for (Item item : Attributes.of(owner.owner, List.of(element))) {
                if (item instanceof BasicItem b) {
                    items.add(b);
                }
            }
            return items;
        }
        jakarta.persistence.Column column = Jpa.get(field, jakarta.persistence.Column.class);
        String columnName = PhysicalNaming.apply(column != null && !column.name().isEmpty() ? column.name() : field.getName());
        Enumerated enumerated = Jpa.get(field, Enumerated.class);
        ColumnType type = JavaTypes.basic(element, column, false, enumerated == null ? EnumType.ORDINAL : enumerated.value(), null);
        if (type == null) {
            throw Relations.problem(field, "holds " + element.getName() + ", which has no portable column type; make it an @Embeddable");
        }
        List<String> checks = new ArrayList<>();
        type = Enums.read(field, element, type, columnName, checks);
        boolean nullable = column == null || column.nullable();
        return List.of(new BasicItem(Column.of(columnName, type).withNullable(nullable), false, false, checks));
    }

    private static BasicItem mapKey(Field field) {
        MapKeyColumn given = Jpa.get(field, MapKeyColumn.class);
        Class<?> key = typeArgument(field, 0);
        String name = PhysicalNaming.apply(given != null && !given.name().isEmpty() ? given.name() : field.getName() + "_KEY");
        ColumnType type = JavaTypes.basic(key, null, false, EnumType.ORDINAL, null);
        if (given != null && key == String.class) {
            type = ColumnType.varchar(given.length());
        }
        if (type == null) {
            throw Relations.problem(field, "is keyed by " + key.getName() + ", which has no portable column type");
        }
        return new BasicItem(Column.of(name, type).notNull(), false, false);
    }

    /**
     * The key Hibernate 6.6 gives a collection's table. A join table: a List with {@code @OrderColumn} on order and
     * owner (the column added here), a Set on owner and elements in name order. A collection table: order and
     * owner, or owner and map key ({@code rest}); a Set of values has none (its values may be null). A bag has none.
     */
    private static void key(Table.Builder builder, String table, Field field, List<String> owner, List<String> rest,
                            boolean joinTable) {
        OrderColumn order = Jpa.get(field, OrderColumn.class);
        List<String> key = new ArrayList<>();
        if (order != null) {
            String name = PhysicalNaming.apply(order.name().isEmpty() ? field.getName() + "_ORDER" : order.name());
            builder.column(Column.of(name, ColumnType.integer()).notNull());
            key.add(name);
            key.addAll(owner);
        } else if (Map.class.isAssignableFrom(field.getType())) {
            key.addAll(owner);
            key.addAll(rest);
        } else if (joinTable && Set.class.isAssignableFrom(field.getType())) {
            key.addAll(owner);
            key.addAll(rest);
            key.sort(null);
        } else {
            return;
        }
        builder.primaryKey(new PrimaryKey(NamingConvention.primaryKey(table), key));
    }

    private static Class<?> typeArgument(Field field, int index) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        throw Relations.problem(field, "is a collection without its element type; declare it as Set<Element>");
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
