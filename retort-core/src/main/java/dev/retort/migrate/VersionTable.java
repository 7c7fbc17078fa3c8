package dev.retort.migrate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.op.Execute;
import dev.retort.render.OperationSink;
import dev.retort.render.SqlTextSink;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RetortTables;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The table that records which revisions are applied: one row per applied head, in the shape of
 * Alembic's {@code alembic_version} ({@code version_num VARCHAR(32) NOT NULL}, primary key
 * {@code <table>_pkc}). Naming it {@code alembic_version} adopts a database Alembic has been migrating.
 *
 * <pre>{@code
 * VersionTable table = new VersionTable(dialect, null, "retort_version");
 * Set<String> heads = table.read(connection);        // empty when the table does not exist yet
 * }</pre>
 *
 * <p>Every method runs in the connection's current transaction; none commits.
 */
public final class VersionTable {
    /** The table's name unless configured otherwise. */
    public static final String DEFAULT_NAME = RetortTables.VERSION_TABLE;
    /** The one column, named as Alembic names it. */
    public static final String COLUMN = "version_num";

    private final Dialect dialect;
    private final String schema;
    private final String name;
    /**
     * The connection on which the table was last found with its column: asked once per connection, not per read
     * (three catalog queries each time on PostgreSQL). Retort never drops its own table.
     */
    private Connection checkedOn;

    /**
     * @param schema the table's schema (a database on MariaDB), or null for the connection's own
     * @param name   the table's name; null or blank for {@value #DEFAULT_NAME}
     */
    public VersionTable(Dialect dialect, String schema, String name) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = schema == null || schema.isBlank() ? null : schema;
        this.name = name == null || name.isBlank() ? DEFAULT_NAME : name;
    }

    /** {@value #DEFAULT_NAME} in the connection's own schema. */
    public static VersionTable of(Dialect dialect) {
        return new VersionTable(dialect, null, DEFAULT_NAME);
    }

    public String name() {
        return name;
    }

    /** The schema, or null for the connection's own. */
    public String schema() {
        return schema;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The table's name as written in SQL: quoted where needed, with its schema. */
    public String qualifiedName() {
        return dialect.qualify(schema, name);
    }

    public boolean exists(Connection connection) {
        if (checkedOn == connection) {
            return true;
        }
        try {
            return dialect.findTable(connection, schema, name).isPresent();
        } catch (SQLException e) {
            throw failure("cannot look for", e);
        }
    }

    /** Creates the table unless it exists; returns true when it created it. */
    public boolean ensure(Connection connection) {
        if (exists(connection)) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : dialect.ddl().createTable(definition(), true)) {
                s.execute(sql);
            }
            return true;
        } catch (SQLException e) {
            throw failure("cannot create", e);
        }
    }

    /**
     * The table as a schema value, in the shape of Alembic's {@code alembic_version}: one
     * {@code VARCHAR(32) NOT NULL} column with a primary key constraint named {@code <table>_pkc}.
     */
    public Table definition() {
        return Table.builder(name).schema(schema)
                .column(Column.of(COLUMN, ColumnType.varchar(32)).notNull())
                .primaryKey(new PrimaryKey(name + "_pkc", List.of(COLUMN)))
                .build();
    }

    /** The {@code CREATE TABLE} statement, without a semicolon, as the dialect renders {@link #definition()}. */
    public String createSql(boolean ifNotExists) {
        return String.join(";\n", dialect.ddl().createTable(definition(), ifNotExists));
    }

    /**
     * The rows: the applied heads, sorted. Empty when the table does not exist.
     *
     * @throws RetortException VERSION_TABLE when the table is not a version table
     */
    public Set<String> read(Connection connection) {
        try {
            if (checkedOn != connection) {
                // One catalog query when the table is there: its columns (none: absent, or a table without any).
                List<String> columns = dialect.columnNames(connection, schema, name);
                if (columns.isEmpty() && dialect.findTable(connection, schema, name).isEmpty()) {
                    return Set.of();
                }
                if (!columns.contains(COLUMN)) {
                    throw new RetortException(ErrorCode.VERSION_TABLE, "table " + qualifiedName() + " is not a version "
                            + "table: it has no " + COLUMN + " column (its columns: " + String.join(", ", columns) + "); "
                            + "set version_table to the name of Retort's or Alembic's version table");
                }
                // Outside a transaction only: a table created in one that rolls back was never there.
                checkedOn = connection.getAutoCommit() ? connection : null;
            }
            Set<String> rows = new LinkedHashSet<>();
            String sql = "SELECT " + dialect.quote(COLUMN) + " FROM " + qualifiedName() + " ORDER BY " + dialect.quote(COLUMN);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    String row = rs.getString(1);
                    if (row != null) {
                        rows.add(row.strip());
                    }
                }
            }
            return Collections.unmodifiableSet(rows);
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    /**
     * The statements that turn rows {@code removed} into {@code added}: one {@code UPDATE} when exactly one
     * row is replaced by one, else {@code DELETE}s then {@code INSERT}s. Values are {@code ?} parameters.
     */
    public List<Execute> changeStatements(List<String> removed, List<String> added) {
        return rowChanges(removed, added).stream().map(RowChange::statement).toList();
    }

    /** Hands the row change to {@code sink}, such as an {@link dev.retort.render.SqlTextSink} offline. */
    public void write(List<String> removed, List<String> added, OperationSink sink) {
        changeStatements(removed, added).forEach(sink::accept);
    }

    /**
     * Changes the rows on the database. Each {@code UPDATE} and {@code DELETE} must touch exactly one row:
     * anything else means someone else changed the table since it was read.
     *
     * @throws RetortException VERSION_TABLE when the table changed under us or refuses the change
     */
    public void apply(Connection connection, List<String> removed, List<String> added) {
        for (RowChange change : rowChanges(removed, added)) {
            Execute e = change.statement();
            int count;
            try (PreparedStatement ps = connection.prepareStatement(e.sql())) {
                for (int i = 0; i < e.parameters().size(); i++) {
                    ps.setString(i + 1, (String) e.parameters().get(i));
                }
                count = ps.executeUpdate();
            } catch (SQLException ex) {
                throw failure("cannot change the rows of", ex);
            }
            checkCount(change, count);
        }
    }

    /**
     * Adds the row change to {@code batch} as literal statements, each checked as {@link #apply} checks it: for a
     * step's bookkeeping, sent in one round trip with its history row.
     */
    void addTo(StatementBatch batch, List<String> removed, List<String> added) {
        SqlTextSink literal = new SqlTextSink(dialect, new StringBuilder());
        for (RowChange change : rowChanges(removed, added)) {
            batch.add(literal.render(change.statement().sql(), change.statement().parameters()),
                    count -> checkCount(change, count), e -> failure("cannot change the rows of", e));
        }
    }

    /**
     * Adds the row change to {@code batch} checked on the server where the dialect can ({@link
     * dev.retort.dialect.Dialect#oneRowOrFail}), so nothing is left to check once the batch returns.
     *
     * @return true when every statement is checked on the server: a COMMIT may follow in the same batch; false,
     *         adding nothing, when the dialect cannot check one
     */
    boolean addCheckedTo(StatementBatch batch, List<String> removed, List<String> added) {
        if (dialect.oneRowOrFail("", qualifiedName(), dialect.quote(COLUMN)).isEmpty()) {
            return false;
        }
        SqlTextSink literal = new SqlTextSink(dialect, new StringBuilder());
        for (RowChange change : rowChanges(removed, added)) {
            String sql = literal.render(change.statement().sql(), change.statement().parameters());
            if (change.existingRow() == null) {
                batch.add(sql, count -> { }, e -> failure("cannot change the rows of", e));
            } else {
                batch.add(dialect.oneRowOrFail(sql, qualifiedName(), dialect.quote(COLUMN)).orElseThrow(), count -> { },
                        e -> NOT_NULL.equals(e.getSQLState()) ? countFailure(change, 0) : failure("cannot change the rows of", e));
            }
        }
        return true;
    }

    /** SQLSTATE of a not-null violation: how a change checked on the server says it found no row. */
    private static final String NOT_NULL = "23502";

    private void checkCount(RowChange change, int count) {
        if (change.existingRow() != null && count != 1) {
            throw countFailure(change, count);
        }
    }

    private RetortException countFailure(RowChange change, int count) {
        return new RetortException(ErrorCode.VERSION_TABLE, "version table changed under us: expected one row '"
                + change.existingRow() + "' in " + qualifiedName() + " to change, found " + count
                + "; another process may be migrating this database: run `retort current` and try again");
    }

    /** A statement and the row it must find, null for an INSERT. */
    private record RowChange(Execute statement, String existingRow) {
    }

    private List<RowChange> rowChanges(List<String> removed, List<String> added) {
        List<RowChange> changes = new ArrayList<>();
        String col = dialect.quote(COLUMN);
        if (removed.size() == 1 && added.size() == 1) {
            changes.add(new RowChange(new Execute("UPDATE " + qualifiedName() + " SET " + col + "=? WHERE " + col + "=?",
                    List.of(added.get(0), removed.get(0))), removed.get(0)));
            return changes;
        }
        for (String row : removed) {
            changes.add(new RowChange(
                    new Execute("DELETE FROM " + qualifiedName() + " WHERE " + col + "=?", List.of(row)), row));
        }
        for (String row : added) {
            changes.add(new RowChange(
                    new Execute("INSERT INTO " + qualifiedName() + " (" + col + ") VALUES (?)", List.of(row)), null));
        }
        return changes;
    }

    private RetortException failure(String what, SQLException e) {
        return new RetortException(ErrorCode.VERSION_TABLE, what + " version table " + qualifiedName() + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()), e);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
