package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tables that two mappings share, merged as Hibernate merges them: a join table ({@code @ManyToMany @JoinTable},
 * a collection table) whose name is also an entity's table adds its columns, unique constraints and foreign keys
 * to the entity's table, which keeps its own key. Two entities on one table, two join tables on one table, or a
 * shared column typed differently are refused, naming both sides.
 */
final class SharedTables {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, Boolean> entity = new LinkedHashMap<>();

    /** Adds an entity's table ({@code origin} names the class) or a join table ({@code origin} names the field). */
    void add(Table table, String origin, boolean entityTable) {
        String key = Objects.requireNonNullElse(table.schema(), "") + "\u0000" + table.name();
        Table before = tables.get(key);
        if (before == null) {
            tables.put(key, table);
            origins.put(key, origin);
            entity.put(key, entityTable);
            return;
        }
        if (entity.get(key) == entityTable) {
            throw new RetortException(ErrorCode.CONFIG, origins.get(key) + " and " + origin + " both map table " + table.name()
                    + "; give one of them another name");
        }
        Table owner = entityTable ? table : before;
        Table join = entityTable ? before : table;
        String ownerOrigin = entityTable ? origin : origins.get(key);
        String joinOrigin = entityTable ? origins.get(key) : origin;
        tables.put(key, merge(owner, join, ownerOrigin, joinOrigin));
        origins.put(key, ownerOrigin);
        entity.put(key, true);
    }

    List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    private static Table merge(Table owner, Table join, String ownerOrigin, String joinOrigin) {
        Table.Builder builder = owner.toBuilder();
        for (Column column : join.columns()) {
            Column mine = owner.column(column.name()).orElse(null);
            if (mine == null) {
                builder.column(column);
            } else if (!mine.type().equals(column.type())) {
                throw new RetortException(ErrorCode.CONFIG, ownerOrigin + " and " + joinOrigin + " share table " + owner.name()
                        + " but type column " + column.name() + " differently (" + mine.type().describe() + ", "
                        + column.type().describe() + "); make them agree");
            }
        }
        if (owner.primaryKey() == null) {
            builder.primaryKey(join.primaryKey());
        }
        for (UniqueConstraint u : join.uniques()) {
            if (owner.uniques().stream().noneMatch(o -> o.columns().equals(u.columns()))) {
                builder.unique(u);
            }
        }
        for (ForeignKey k : join.foreignKeys()) {
            if (owner.foreignKeys().stream().noneMatch(o -> o.columns().equals(k.columns()))) {
                builder.foreignKey(k);
            }
        }
        return builder.build();
    }
}
