package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;

/**
 * How one database spells schema changes: each method returns the statements (without semicolons) for one
 * change, in order. A change the database cannot make throws {@code RetortException(UNSUPPORTED, "<op> is not
 * supported on <database>: <what to do instead>")} before anything runs.
 *
 * <p>Changes the database can only make by copying the table (SQLite) report {@link Support#REBUILD} from
 * {@link #support(Change)}; the caller then applies the change to the table's model and asks for
 * {@link #rebuildTable(Table, Table, Map)}.
 *
 * <pre>{@code
 * DdlRenderer ddl = Dialects.forName("postgresql").ddl();
 * ddl.typeSql(ColumnType.timestamp(true));                  // TIMESTAMP WITH TIME ZONE
 * ddl.addColumn(null, "users", Column.of("phone", ColumnType.varchar(20)));
 * // [ALTER TABLE users ADD COLUMN phone VARCHAR(20)]
 * }</pre>
 */
public interface DdlRenderer {
    /** A change to an existing table, for {@link #support(Change)}. */
    enum Change {
        ADD_COLUMN, DROP_COLUMN, ALTER_TYPE, ALTER_NULLABLE, ALTER_DEFAULT, RENAME_COLUMN, COLUMN_COMMENT,
        ADD_PRIMARY_KEY, ADD_UNIQUE, ADD_FOREIGN_KEY, ADD_CHECK, DROP_CONSTRAINT
    }

    /** How a database makes a {@link Change}. */
    enum Support {
        /** With an {@code ALTER TABLE} (or similar) statement. */
        IN_PLACE,
        /** Only by creating the changed table anew and copying the rows: needs the table's current shape. */
        REBUILD
    }

    /** The SQL type of a portable column type, e.g. {@code VARCHAR(255)}, {@code TIMESTAMP WITH TIME ZONE}. */
    String typeSql(ColumnType type);

    /**
     * The SQL type of {@code column} as its table declares it: {@link #typeSql(ColumnType)} unless the column
     * changes it (PostgreSQL names an enum's type after its table; SQLite declares a generated key INTEGER).
     * Autogenerate compares types through it, so two types the database cannot tell apart are no change.
     */
    default String columnTypeSql(String schema, String table, Column column) {
        return typeSql(column.type());
    }

    /** True when the database has sequences (SQLite has none: autogenerate leaves them out there). */
    default boolean supportsSequences() {
        return true;
    }

    /** {@code CREATE SEQUENCE}; refused where {@link #supportsSequences()} is false. */
    List<String> createSequence(Sequence sequence);

    List<String> dropSequence(String schema, String name);

    /** {@code ALTER SEQUENCE}: the start and increment of {@code sequence}, its current value kept. */
    List<String> alterSequence(Sequence sequence);

    /** True when the database keeps table and column comments; where it does not, they are never a difference. */
    default boolean supportsComments() {
        return true;
    }

    /**
     * Whether the database generates {@code column}'s values once {@code table} is created as declared: the
     * column's own {@link Column#autoIncrement()}, unless the database decides otherwise (SQLite generates a
     * rowid alias, an {@code INTEGER} primary key of one column, whatever it says, and nothing else).
     */
    default boolean generatesValues(Table table, Column column) {
        return column.autoIncrement();
    }

    default Support support(Change change) {
        return Support.IN_PLACE;
    }

    /** True when altering a column restates its whole definition, which must then be known (MariaDB). */
    default boolean alterNeedsCurrentColumn() {
        return false;
    }

    /** CREATE TABLE with its columns and constraints, then its indexes and comments (and any types first). */
    List<String> createTable(Table table);

    /**
     * {@link #createTable(Table)}, its CREATE TABLE written {@code CREATE TABLE IF NOT EXISTS} where the database
     * understands it ({@link Dialect#supportsCreateTableIfNotExists()}); Retort's own tables are created so.
     */
    List<String> createTable(Table table, boolean ifNotExists);

    /** @param definition the table being dropped, when known: PostgreSQL drops its enum types too */
    List<String> dropTable(String schema, String table, Table definition);

    List<String> renameTable(String schema, String from, String to);

    List<String> addColumn(String schema, String table, Column column);

    /** @param definition the column being dropped, when known */
    List<String> dropColumn(String schema, String table, String column, Column definition);

    /**
     * @param current the column before this change, or null when unknown
     * @param using   an SQL expression converting the old values, or null
     */
    List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using);

    /**
     * The type change of an alter that may also change the column's default: with {@code defaultReplaced} the
     * same alter sets or drops the default right after, so the old one need not survive the type change
     * (PostgreSQL, replacing an enum type, drops it and leaves the rest to the default change).
     */
    default List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using, boolean defaultReplaced) {
        return alterColumnType(schema, table, current, column, type, using);
    }

    /** True when changing a column to {@code type} needs the column as it is (PostgreSQL, to replace an enum type). */
    default boolean alterTypeNeedsCurrentColumn(ColumnType type) {
        return false;
    }

    List<String> alterColumnNullable(String schema, String table, Column current, String column, boolean nullable);

    /** @param expression the new default as SQL, or null to drop it */
    List<String> alterColumnDefault(String schema, String table, Column current, String column, String expression);

    /** @param comment the new comment, or null to drop it */
    List<String> alterColumnComment(String schema, String table, Column current, String column, String comment);

    /** @param expression the column's new {@code ON UPDATE} expression, or null to drop it */
    List<String> alterColumnOnUpdate(String schema, String table, Column current, String column, String expression);

    /**
     * The {@code USING} expression converting {@code column}'s values from {@code from} to {@code to} where this
     * database has no conversion of its own (PostgreSQL: {@code "code"::integer} from text), or null where none is
     * needed or the database takes none.
     */
    default String castUsing(String column, ColumnType from, ColumnType to) {
        return null;
    }

    List<String> renameColumn(String schema, String table, String from, String to);

    List<String> createIndex(String schema, String table, Index index, boolean concurrently);

    List<String> dropIndex(String schema, String table, String name, boolean concurrently);

    List<String> addPrimaryKey(String schema, String table, PrimaryKey key);

    List<String> addUnique(String schema, String table, UniqueConstraint unique);

    List<String> addForeignKey(String schema, String table, ForeignKey key);

    List<String> addCheck(String schema, String table, CheckConstraint check);

    /** @param kind the constraint's kind, or null when unknown */
    List<String> dropConstraint(String schema, String table, String name, ConstraintKind kind);

    /** @param comment the new comment, or null to drop it */
    List<String> tableComment(String schema, String table, String comment);

    /**
     * Recreates {@code from} as {@code to} keeping its rows: create the new table under a temporary name, copy the
     * rows, drop the old table, rename the new one, recreate the indexes.
     *
     * @param sources for each column of {@code to} that takes values from the old table, the SQL expression over
     *                the old table's columns giving them (usually the old column's quoted name)
     */
    List<String> rebuildTable(Table from, Table to, Map<String, String> sources);
}
