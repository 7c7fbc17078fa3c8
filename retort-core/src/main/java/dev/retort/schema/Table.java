package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table and everything that belongs to it. Immutable; {@link #builder(String)} assembles one.
 *
 * <pre>{@code
 * Table users = Table.builder("users")
 *         .column(Column.of("id", ColumnType.bigint()).notNull().withAutoIncrement(true))
 *         .column(Column.of("email", ColumnType.varchar(255)).notNull())
 *         .primaryKey("id")
 *         .unique(new UniqueConstraint("uq_users_email", List.of("email")))
 *         .build();
 * }</pre>
 *
 * @param schema     the table's schema, or null for the connection's default
 * @param primaryKey null when the table has none
 */
public record Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                   List<UniqueConstraint> uniques, List<Index> indexes, List<ForeignKey> foreignKeys,
                   List<CheckConstraint> checks, String comment) {
    public Table {
        Names.require(name, "table");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                if (columns.get(i).name().equals(columns.get(j).name())) {
                    throw new IllegalArgumentException("table " + name + " has column " + columns.get(i).name() + " twice");
                }
            }
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this table's parts, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.schema = schema;
        b.columns.addAll(columns);
        b.primaryKey = primaryKey;
        b.uniques.addAll(uniques);
        b.indexes.addAll(indexes);
        b.foreignKeys.addAll(foreignKeys);
        b.checks.addAll(checks);
        b.comment = comment;
        return b;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Assembles a {@link Table}. */
    public static final class Builder {
        private final String name;
        private String schema;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        private Builder(String name) {
            this.name = Names.require(name, "table");
        }

        public Builder schema(String value) {
            schema = value;
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** Replaces the column of the same name, or appends it. */
        public Builder replaceColumn(Column column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column.name())) {
                    columns.set(i, column);
                    return this;
                }
            }
            columns.add(column);
            return this;
        }

        public Builder removeColumn(String columnName) {
            columns.removeIf(c -> c.name().equals(columnName));
            return this;
        }

        public Builder primaryKey(String... columnNames) {
            primaryKey = new PrimaryKey(null, List.of(columnNames));
            return this;
        }

        public Builder primaryKey(PrimaryKey value) {
            primaryKey = value;
            return this;
        }

        public Builder unique(UniqueConstraint value) {
            uniques.add(value);
            return this;
        }

        public Builder index(Index value) {
            indexes.add(value);
            return this;
        }

        public Builder foreignKey(ForeignKey value) {
            foreignKeys.add(value);
            return this;
        }

        public Builder check(CheckConstraint value) {
            checks.add(value);
            return this;
        }

        public Builder comment(String value) {
            comment = value;
            return this;
        }

        /** Removes any index, unique, foreign key or check constraint of that name. */
        public Builder removeConstraint(String constraintName) {
            uniques.removeIf(u -> constraintName.equals(u.name()));
            indexes.removeIf(i -> constraintName.equals(i.name()));
            foreignKeys.removeIf(f -> constraintName.equals(f.name()));
            checks.removeIf(c -> constraintName.equals(c.name()));
            if (primaryKey != null && constraintName.equals(primaryKey.name())) {
                primaryKey = null;
            }
            return this;
        }

        public Table build() {
            return new Table(schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
        }
    }
}
