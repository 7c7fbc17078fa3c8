package dev.retort.dialect;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * What a running migration can read back from its database while rendering an operation: the current
 * shape of a table (SQLite rebuilds) or of one column (MariaDB's {@code MODIFY} restates the whole column).
 * Offline there is nothing to read: {@link #NONE}.
 */
public interface LiveSchema {
    /** Reads nothing: offline mode. */
    LiveSchema NONE = new LiveSchema() {
    };

    /** The table as it stands, when this database can be read that way. */
    default Optional<Table> table(String schema, String table) {
        return Optional.empty();
    }

    /** One column as it stands; by default taken from {@link #table(String, String)}. */
    default Optional<Column> column(String schema, String table, String column) {
        return table(schema, table).flatMap(t -> t.column(column));
    }

    /**
     * Called before a rebuild of {@code table} runs: refuses it when the database would lose rows doing it
     * (SQLite with foreign keys on cascades the old table's drop to the tables referencing it).
     */
    default void beforeRebuild(String schema, String table) {
    }

    /** Called after a rebuild of {@code table} ran: refuses rows that now break a foreign key. */
    default void afterRebuild(String schema, String table) {
    }
}
