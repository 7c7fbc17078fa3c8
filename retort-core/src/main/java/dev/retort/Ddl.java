package dev.retort;

import dev.retort.op.ForeignKeyDef;
import dev.retort.op.PrimaryKeyDef;
import dev.retort.op.TableDsl;
import dev.retort.op.TableElement;
import dev.retort.schema.Table;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a migration script, for {@code import static dev.retort.Ddl.*;}: the table words a model uses too
 * ({@link TableDsl}: types, {@code column}, {@code unique}, {@code index}, {@code check}, ...), plus a script's
 * named {@link #primaryKey(String, String...)} and {@link #foreignKey(String, String...)}, {@link #row} and
 * {@link #table}. Constraints a script leaves unnamed are named by the database.
 *
 * <pre>{@code
 * op.createTable("users",
 *         column("id", bigint()).primaryKey().autoIncrement(),
 *         column("email", varchar(255)).notNull(),
 *         column("plan", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
 *         column("team_id", bigint()).references("teams", "id").onDelete(CASCADE),
 *         unique("uq_users_email", "email"));
 * }</pre>
 */
public final class Ddl extends TableDsl {
    private Ddl() {
    }

    public static PrimaryKeyDef primaryKey(String name, String... columns) {
        return new PrimaryKeyDef(name, List.of(columns));
    }

    /** A foreign key: chain {@code references(table, columns...)}, then {@code onDelete}/{@code onUpdate}. */
    public static ForeignKeyDef foreignKey(String name, String... columns) {
        return new ForeignKeyDef(name, List.of(columns), null, null, List.of(), null, null);
    }

    /**
     * A row for {@code op.bulkInsert}: column names and values in turn, kept in order, nulls allowed.
     * {@code op.bulkInsert("plans", List.of(row("name", "free", "tokens", 2000), row("name", "pro", "tokens", null)))}
     */
    public static Map<String, Object> row(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("row(...) takes column names and values in pairs, got "
                    + columnsAndValues.length + " arguments");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (!(columnsAndValues[i] instanceof String column)) {
                throw new IllegalArgumentException("row(...): argument " + (i + 1) + " must be a column name, got "
                        + columnsAndValues[i]);
            }
            row.put(column, columnsAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(row);
    }

    /** The table {@code elements} describe, for {@code op.createTable(Table)} or {@code op.batch(Table, ...)}. */
    public static Table table(String name, TableElement... elements) {
        return TableElement.table(null, name, null, elements);
    }
}
