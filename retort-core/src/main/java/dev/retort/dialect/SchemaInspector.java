package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.RetortTables;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads what a database holds into a {@link Schema}: tables, columns, types, nullability, defaults, keys,
 * indexes, unique, foreign key and check constraints, comments. Each database's inspector reads its
 * catalog in bulk, a fixed handful of queries for the whole schema however many tables it has.
 *
 * <pre>{@code
 * SchemaInspector inspector = Dialects.forJdbcUrl(url).inspector();
 * Schema current = inspector.inspect(connection, null, SchemaInspector.excluding(Set.of("my_version")));
 * }</pre>
 *
 * <p>Retort's own tables, {@link #ALWAYS_EXCLUDED}, are never reported (compared ignoring case); a
 * version table under another name is left out by passing {@link #excluding(Collection)} as the filter.
 * Tables come sorted by name, columns in table order, constraints and indexes sorted by name. A reflected
 * table's {@link dev.retort.schema.Table#schema()} is the {@code schema} argument as given (null for the
 * current schema); a foreign key's referenced schema is null when it points into the inspected schema.
 */
public interface SchemaInspector {
    /** Tables no inspection reports: Retort's default version table and its history table. */
    Set<String> ALWAYS_EXCLUDED = Set.of(RetortTables.VERSION_TABLE, RetortTables.HISTORY_TABLE, RetortTables.LOCK_TABLE);

    /**
     * The tables of {@code schema} (null: the connection's current schema or database) that
     * {@code includeTable} accepts, apart from {@link #ALWAYS_EXCLUDED}.
     *
     * @param includeTable given each table's name as the database stores it
     */
    Schema inspect(Connection connection, String schema, Predicate<String> includeTable) throws SQLException;

    /** Every table of {@code schema} (null: the current one) but Retort's own. */
    default Schema inspect(Connection connection, String schema) throws SQLException {
        return inspect(connection, schema, name -> true);
    }

    /**
     * A column default as this database reports it, reduced to one spelling so that a model's default and
     * the reflected one compare equal when the database treats them the same: PostgreSQL's
     * {@code 'free'::character varying} becomes {@code 'free'}, MariaDB's {@code current_timestamp()}
     * becomes {@code CURRENT_TIMESTAMP}. Returns null for no default (and for an explicit {@code NULL}).
     * Applying it twice changes nothing.
     */
    String normalizeDefault(String expression);

    /**
     * {@link #normalizeDefault(String)} for a column of {@code type}, where the type changes what the database
     * stores: MariaDB keeps {@code CURRENT_TIMESTAMP} on a {@code DATETIME(6)} as {@code current_timestamp(6)}.
     */
    default String normalizeDefault(String expression, ColumnType type) {
        return normalizeDefault(expression);
    }

    /**
     * A foreign key action as this database tells it apart: where {@code RESTRICT} and {@code NO ACTION} are the
     * same and reported alike (MariaDB, H2), both become {@code NO_ACTION}. By default every action is its own.
     */
    default ReferentialAction normalizeAction(ReferentialAction action) {
        return action;
    }

    /** A filter that drops the named tables (compared ignoring case), e.g. a configured version table. */
    static Predicate<String> excluding(Collection<String> tables) {
        Set<String> lower = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return name -> !lower.contains(name.toLowerCase(Locale.ROOT));
    }
}
