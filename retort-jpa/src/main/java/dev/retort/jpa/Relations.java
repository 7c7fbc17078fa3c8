package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.jpa.Attributes.BasicItem;
import dev.retort.jpa.Attributes.CollectionItem;
import dev.retort.jpa.Attributes.ForeignJoinItem;
import dev.retort.jpa.Attributes.Item;
import dev.retort.jpa.Attributes.JoinItem;
import dev.retort.jpa.Attributes.JoinTableItem;
import dev.retort.model.NamingConvention;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finishes drafts into tables: relation fields become foreign key columns typed like the target's key,
 * owning {@code @ManyToMany} fields become join tables, and {@code @Table}'s unique constraints and
 * indexes are added. Unnamed constraints are named by {@link NamingConvention}.
 */
final class Relations {
    private static final String HIBERNATE_ON_DELETE = "org.hibernate.annotations.OnDelete";

    private final Map<Class<?>, Draft> draftOf;
    private final List<Table> joinTables = new ArrayList<>();
    private final List<String> joinOrigins = new ArrayList<>();

    Relations(Map<Class<?>, Draft> draftOf) {
        this.draftOf = draftOf;
    }

    /** The join tables found by the {@link #table(Draft)} calls so far. */
    List<Table> joinTables() {
        return joinTables;
    }

    /** What made each of {@link #joinTables()}, for messages: {@code the @ManyToMany of Owner.field}. */
    List<String> joinOrigins() {
        return joinOrigins;
    }

    Table table(Draft draft) {
        List<Column> ids = new ArrayList<>(draft.leadingIds);
        List<Column> others = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>(draft.leadingForeignKeys);
        List<CheckConstraint> checks = new ArrayList<>();
        for (Item item : draft.items) {
            if (item instanceof BasicItem b) {
                (b.id() ? ids : others).add(b.column());
                if (b.unique()) {
                    uniques.add(unique(draft.name, List.of(b.column().name())));
                }
                checks(draft.name, b, checks);
            } else if (item instanceof JoinItem j) {
                join(draft, j, j.id() ? ids : others, uniques, foreignKeys);
            } else if (item instanceof JoinTableItem t) {
                joinTables.add(new JoinTables(this).joinTable(draft, t.field()));
                joinOrigins.add("the join table of " + t.field().getDeclaringClass().getName() + "." + t.field().getName());
            } else if (item instanceof CollectionItem c) {
                joinTables.add(new JoinTables(this).collectionTable(draft, c.field()));
                joinOrigins.add("the collection table of " + c.field().getDeclaringClass().getName() + "." + c.field().getName());
            }
        }
        for (Draft owner : new java.util.LinkedHashSet<>(draftOf.values())) {
            for (Item item : owner.items) {
                if (item instanceof ForeignJoinItem f && target(f.field(), oneToManyTarget(f.field())) == draft) {
                    foreignJoin(draft, owner, f.field(), others, foreignKeys);
                }
            }
        }
        if (ids.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "entity " + draft.owner.getName() + " has no @Id field;"
                    + " Retort reads field access only: put @Id (or @EmbeddedId) on a field");
        }
        Table.Builder builder = Table.builder(draft.name).schema(draft.schema);
        ids.forEach(builder::column);
        if (draft.discriminator != null) {
            builder.column(draft.discriminator);
        }
        others.forEach(builder::column);
        List<String> key = new ArrayList<>(ids.stream().map(Column::name).toList());
        if (draft.leadingIds.isEmpty() && Jpa.has(draft.owner, IdClass.class)) {
            key.sort(null); // Hibernate 6 lists an @IdClass key's columns in name order
        }
        builder.primaryKey(new PrimaryKey(NamingConvention.primaryKey(draft.name), key));
        tableAnnotation(draft, builder, uniques);
        foreignKeys.forEach(builder::foreignKey);
        checks.forEach(builder::check);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.CONFIG, "entity " + draft.owner.getName() + ": " + e.getMessage()
                    + "; rename one with @Column(name), or with @AttributeOverride for an embeddable used twice", e);
        }
    }

    /** {@code @Table}'s unique constraints and indexes, after the attributes' {@code uniques}. */
    private static void tableAnnotation(Draft draft, Table.Builder builder, List<UniqueConstraint> uniques) {
        jakarta.persistence.Table table = Jpa.get(draft.owner, jakarta.persistence.Table.class);
        if (table != null) {
            for (jakarta.persistence.UniqueConstraint u : table.uniqueConstraints()) {
                List<String> columns = List.of(u.columnNames()).stream().map(PhysicalNaming::apply).toList();
                uniques.add(u.name().isEmpty() ? unique(draft.name, columns) : new UniqueConstraint(u.name(), columns));
            }
        }
        uniques.forEach(builder::unique);
        if (table != null) {
            for (jakarta.persistence.Index index : table.indexes()) {
                List<String> columns = columnList(index.columnList());
                String name = index.name().isEmpty() ? NamingConvention.index(draft.name, columns) : index.name();
                builder.index(new Index(name, columns, List.of(), index.unique(), null));
            }
        }
    }

    private void join(Draft draft, JoinItem join, List<Column> into, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys) {
        Field field = join.field();
        ManyToOne manyToOne = Jpa.get(field, ManyToOne.class);
        OneToOne oneToOne = Jpa.get(field, OneToOne.class);
        Class<?> declared = manyToOne != null ? manyToOne.targetEntity() : oneToOne.targetEntity();
        Draft target = target(field, declared == void.class ? field.getType() : declared);
        boolean optional = manyToOne != null ? manyToOne.optional() : oneToOne.optional();
        JoinColumn[] given = Jpa.all(field, JoinColumn.class, JoinColumns.class);
        boolean notNull = join.id() || !optional;
        for (JoinColumn c : given) {
            notNull |= !c.nullable();
        }
        notNull &= join.id() || !join.forceNullable();
        List<Column> referenced = new ArrayList<>();
        List<Column> columns = joinColumns(field, given, target, field.getName(), referenced);
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            into.add(column.withNullable(!notNull));
            names.add(column.name());
        }
        boolean unique = join.oneToOne() && !join.id();
        for (JoinColumn c : given) {
            unique |= c.unique();
        }
        if (unique) {
            uniques.add(unique(draft.name, names));
        }
        JoinColumns group = Jpa.get(field, JoinColumns.class);
        jakarta.persistence.ForeignKey constraint = group != null ? group.foreignKey() : given.length > 0 ? given[0].foreignKey() : null;
        if (constraint == null || constraint.value() != ConstraintMode.NO_CONSTRAINT) {
            String name = constraint != null && !constraint.name().isEmpty() ? constraint.name()
                    : NamingConvention.foreignKey(draft.name, names, target.name);
            foreignKeys.add(new ForeignKey(name, names, target.schema, target.name,
                    referenced.stream().map(Column::name).toList(), onDelete(field), null));
        }
    }

    /**
     * A one-directional {@code @OneToMany @JoinColumn} of {@code owner}: its columns, nullable unless the join
     * column says otherwise, and its foreign key go into the many side, {@code draft} (Hibernate's mapping);
     * a column the many side maps already (a read-only {@code @ManyToOne} beside it) is not repeated.
     */
    private void foreignJoin(Draft draft, Draft owner, Field field, List<Column> into, List<ForeignKey> foreignKeys) {
        JoinColumn[] given = Jpa.all(field, JoinColumn.class, JoinColumns.class);
        List<Column> referenced = new ArrayList<>();
        List<Column> columns = joinColumns(field, given, owner, field.getName(), referenced);
        boolean notNull = false;
        for (JoinColumn c : given) {
            notNull |= !c.nullable();
        }
        List<String> names = columns.stream().map(Column::name).toList();
        for (Column column : columns) {
            boolean mapped = into.stream().anyMatch(c -> c.name().equals(column.name()))
                    || draft.basicColumn(column.name()).isPresent();
            if (!mapped) {
                into.add(column.withNullable(!notNull));
            }
        }
        if (foreignKeys.stream().anyMatch(k -> k.columns().equals(names) && k.referencedTable().equals(owner.name))) {
            return;
        }
        JoinColumns group = Jpa.get(field, JoinColumns.class);
        jakarta.persistence.ForeignKey constraint = group != null ? group.foreignKey() : given.length > 0 ? given[0].foreignKey() : null;
        if (constraint == null || constraint.value() != ConstraintMode.NO_CONSTRAINT) {
            foreignKeys.add(new ForeignKey(fkName(constraint, draft.name, names, owner.name), names, owner.schema,
                    owner.name, referenced.stream().map(Column::name).toList(), onDelete(field), null));
        }
    }

    static Class<?> oneToManyTarget(Field field) {
        OneToMany oneToMany = Jpa.get(field, OneToMany.class);
        return oneToMany.targetEntity() != void.class ? oneToMany.targetEntity() : elementType(field);
    }

    /**
     * The columns of {@code given} join columns, or the JPA defaults ({@code <prefix>_<referenced column>}),
     * typed like the referenced key columns of {@code target}, which are added to {@code referenced}.
     */
    List<Column> joinColumns(Field field, JoinColumn[] given, Draft target, String prefix, List<Column> referenced) {
        List<Column> targetIds = target.basicIds();
        List<Column> columns = new ArrayList<>();
        if (given.length == 0) {
            for (Column id : targetIds) {
                referenced.add(id);
                columns.add(Column.of(PhysicalNaming.apply(prefix + "_" + id.name()), id.type()));
            }
            return columns;
        }
        for (JoinColumn c : given) {
            Column ref;
            if (c.referencedColumnName().isEmpty()) {
                if (targetIds.size() != 1) {
                    throw problem(field, "joins " + target.name + ", whose key has " + targetIds.size()
                            + " columns; give each @JoinColumn a referencedColumnName");
                }
                ref = targetIds.get(0);
            } else {
                String refName = PhysicalNaming.apply(c.referencedColumnName());
                ref = target.basicColumn(refName).orElseThrow(() -> problem(field, "@JoinColumn references column "
                        + refName + ", which " + target.name + " does not have"));
            }
            referenced.add(ref);
            String name = c.name().isEmpty() ? prefix + "_" + ref.name() : c.name();
            columns.add(Column.of(PhysicalNaming.apply(name), ref.type()));
        }
        return columns;
    }

    Draft target(Field field, Class<?> type) {
        Draft target = draftOf.get(type);
        if (target == null) {
            throw problem(field, "refers to " + type.getName() + ", which is not an @Entity of model_packages;"
                    + " add its package to model_packages");
        }
        if (target.hasRelationInId()) {
            throw problem(field, "refers to " + type.getName() + ", whose @Id is a relation; Retort cannot read"
                    + " derived identities yet: give the field @JoinColumn(columnDefinition) or map the key as a basic @Id");
        }
        return target;
    }

    /** The name of the {@code mappedBy = attribute} field on the other side, or {@code fallback} when one-sided. */
    static String inverseName(Class<?> target, String attribute, String fallback) {
        for (Class<?> c = target; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                ManyToMany m = Jpa.get(f, ManyToMany.class);
                if (m != null && m.mappedBy().equals(attribute)) {
                    return f.getName();
                }
            }
        }
        return fallback;
    }

    static Class<?> elementType(Field field) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (args[args.length - 1] instanceof Class<?> c) {
                return c;
            }
        }
        throw problem(field, "is a collection relation without an element type; declare it as Set<Target> or give targetEntity");
    }

    /** Hibernate's {@code @OnDelete(action = CASCADE)}, read by name so Hibernate need not be present. */
    private static ReferentialAction onDelete(Field field) {
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().getName().equals(HIBERNATE_ON_DELETE)) {
                try {
                    Object action = annotation.annotationType().getMethod("action").invoke(annotation);
                    return ReferentialAction.valueOf(((Enum<?>) action).name());
                } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String fkName(jakarta.persistence.ForeignKey given, String table, List<String> columns, String referenced) {
        return given != null && !given.name().isEmpty() ? given.name() : NamingConvention.foreignKey(table, columns, referenced);
    }

    /** A column's checks, named {@code ck_<table>_<column>} (then {@code _2}, ...) by Retort's convention. */
    static void checks(String table, BasicItem item, List<CheckConstraint> into) {
        for (int i = 0; i < item.checks().size(); i++) {
            String name = item.column().name() + (i == 0 ? "" : "_" + (i + 1));
            into.add(new CheckConstraint(NamingConvention.check(table, name), item.checks().get(i)));
        }
    }

    private static UniqueConstraint unique(String table, List<String> columns) {
        return new UniqueConstraint(NamingConvention.unique(table, columns), columns);
    }

    /** {@code "last_name, firstName DESC"} to physical names; the order keywords are dropped. */
    static List<String> columnList(String list) {
        List<String> columns = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.trim();
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.endsWith(" ASC") || upper.endsWith(" DESC")) {
                name = name.substring(0, name.lastIndexOf(' ')).trim();
            }
            if (!name.isEmpty()) {
                columns.add(PhysicalNaming.apply(name));
            }
        }
        return columns;
    }

    static RetortException problem(Field field, String message) {
        return new RetortException(ErrorCode.CONFIG, "entity " + field.getDeclaringClass().getName() + " field "
                + field.getName() + " " + message);
    }
}
