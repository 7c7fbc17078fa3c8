package dev.retort.migrate;

import dev.retort.HistoryRow;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
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
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The history table ({@code retort_history}): every revision applied, reverted or stamped, with its
 * checksum, how many of its statements ran, how long it took, who ran it and whether it succeeded. It
 * lives beside the version table, which stays in Alembic's shape.
 *
 * <pre>{@code
 * HistoryTable history = new HistoryTable(dialect, null, "retort_history");
 * List<HistoryRow> rows = history.read(connection);   // empty when the table does not exist yet
 * }</pre>
 *
 * <p>Ids are assigned as one more than the largest, which is safe because only Retort writes the table
 * and only under the migration lock; it keeps the DDL the same on every database. Every method runs in
 * the connection's current transaction; none commits.
 */
public final class HistoryTable {
    /** The table's name unless configured otherwise. */
    public static final String DEFAULT_NAME = RetortTables.HISTORY_TABLE;
    /** The columns, in table order. */
    public static final List<String> COLUMNS = List.of("id", "revision", "direction", "checksum", "statements_total",
            "statements_done", "success", "duration_ms", "applied_by", "applied_at", "message");
    /** Added after the first release: a table without it gets it on the next writing command. */
    public static final String HASHES = "statement_hashes";
    private static final int MESSAGE_LENGTH = 2000;

    private final Dialect dialect;
    private final String schema;
    private final String name;
    private boolean hashesColumn = true;
    /** The connection on which the table was last found with every column, as {@link VersionTable} keeps it. */
    private Connection checkedOn;

    public HistoryTable(Dialect dialect, String schema, String name) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = schema == null || schema.isBlank() ? null : schema;
        this.name = name == null || name.isBlank() ? DEFAULT_NAME : name;
    }

    public String qualifiedName() {
        return dialect.qualify(schema, name);
    }

    /**
     * The table as a schema value: the columns of {@link #COLUMNS}, in that order, in types every supported
     * database has, with a primary key constraint named {@code <table>_pk} on {@code id}.
     */
    public Table definition() {
        return Table.builder(name).schema(schema)
                .column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("revision", ColumnType.varchar(255)).notNull())
                .column(Column.of("direction", ColumnType.varchar(16)).notNull())
                .column(Column.of("checksum", ColumnType.varchar(64)))
                .column(Column.of("statements_total", ColumnType.integer()))
                .column(Column.of("statements_done", ColumnType.integer()).notNull())
                .column(Column.of("success", ColumnType.bool()).notNull())
                .column(Column.of("duration_ms", ColumnType.bigint()))
                .column(Column.of("applied_by", ColumnType.varchar(255)))
                .column(Column.of("applied_at", ColumnType.varchar(40)).notNull())
                .column(Column.of("message", ColumnType.varchar(MESSAGE_LENGTH)))
                .column(Column.of(HASHES, ColumnType.varchar(StatementHashes.WIDTH)))
                .primaryKey(new PrimaryKey(name + "_pk", List.of("id")))
                .build();
    }

    /** The {@code CREATE TABLE} statement, without a semicolon, as the dialect renders {@link #definition()}. */
    public String createSql() {
        return String.join(";\n", dialect.ddl().createTable(definition(), false));
    }

    /** True when the table exists; VERSION_TABLE when it exists but lacks a column. */
    public boolean exists(Connection connection) {
        if (checkedOn == connection) {
            return true;
        }
        try {
            // One catalog query when the table is there: its columns (none: absent, or a table without any).
            List<String> columns = dialect.columnNames(connection, schema, name).stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).toList();
            if (columns.isEmpty() && dialect.findTable(connection, schema, name).isEmpty()) {
                return false;
            }
            for (String column : COLUMNS) {
                if (!columns.contains(column)) {
                    throw new RetortException(ErrorCode.VERSION_TABLE, "history table " + qualifiedName() + " has no "
                            + column + " column (its columns: " + String.join(", ", columns) + "); it was not made by "
                            + "this Retort: rename it, or set history_table to another name");
                }
            }
            hashesColumn = columns.contains(HASHES);
            // Outside a transaction only: a table created in one that rolls back was never there.
            checkedOn = connection.getAutoCommit() ? connection : null;
            return true;
        } catch (SQLException e) {
            throw failure("cannot look for", e);
        }
    }

    /** Creates the table unless it exists. */
    public void ensure(Connection connection) {
        boolean exists = exists(connection);
        if (exists && hashesColumn) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            List<String> statements = exists
                    ? dialect.ddl().addColumn(schema, name, Column.of(HASHES, ColumnType.varchar(StatementHashes.WIDTH)))
                    : dialect.ddl().createTable(definition(), false);
            for (String sql : statements) {
                s.execute(sql);
            }
            hashesColumn = true;
        } catch (SQLException e) {
            throw failure(exists ? "cannot add column " + HASHES + " to" : "cannot create", e);
        }
    }

    private String selectColumns() {
        return String.join(", ", COLUMNS.stream().map(this::q).toList()) + ", " + (hashesColumn ? q(HASHES) : "NULL");
    }

    /** Every row, oldest first; empty when the table does not exist. */
    public List<HistoryRow> read(Connection connection) {
        if (!exists(connection)) {
            return List.of();
        }
        String sql = "SELECT " + selectColumns() + " FROM " + qualifiedName() + " ORDER BY " + q("id");
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw new RetortException(ErrorCode.VERSION_TABLE, "cannot read history table " + qualifiedName() + ": "
                    + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }

    /** The row numbered {@code id}, if it is there (a rollback may have taken it away). */
    public Optional<HistoryRow> find(Connection connection, long id) {
        String sql = "SELECT " + selectColumns() + " FROM " + qualifiedName() + " WHERE " + q("id") + " = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    /** Writes {@code row} under the next id; returns the row as written. */
    public HistoryRow insert(Connection connection, HistoryRow row) {
        return insert(connection, row, nextId(connection));
    }

    /** The id the next row gets: one more than the largest (ids are only written under the migration lock). */
    long nextId(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(" + q("id") + ") FROM " + qualifiedName())) {
            rs.next();
            return rs.getLong(1) + 1;
        } catch (SQLException e) {
            throw failure("cannot write to", e);
        }
    }

    /** Writes {@code row} under {@code id}, which {@link #nextId} gave; returns the row as written. */
    HistoryRow insert(Connection connection, HistoryRow row, long id) {
        try (PreparedStatement ps = connection.prepareStatement(insertSql())) {
            ps.setLong(1, id);
            ps.setString(2, row.revision());
            ps.setString(3, row.kind().column());
            ps.setString(4, row.checksum());
            setInteger(ps, 5, row.statementsTotal());
            ps.setInt(6, row.statementsDone());
            ps.setBoolean(7, row.success());
            if (row.durationMillis() == null) {
                ps.setNull(8, Types.BIGINT);
            } else {
                ps.setLong(8, row.durationMillis());
            }
            ps.setString(9, clip(row.appliedBy(), 255));
            ps.setString(10, row.appliedAt());
            ps.setString(11, clip(row.message(), MESSAGE_LENGTH));
            if (hashesColumn) {
                ps.setString(12, row.statementHashes());
            }
            ps.executeUpdate();
            return row.withId(id);
        } catch (SQLException e) {
            throw failure("cannot write to", e);
        }
    }

    /** Adds the {@code INSERT} of {@code row} under {@code id} to {@code batch}, its values as literals. */
    void addInsertTo(StatementBatch batch, HistoryRow row, long id) {
        addInsertTo(batch, row, id, null);
    }

    /**
     * Adds the insert of {@code row} to {@code batch}, its values as literals; with {@code durationSql}, the
     * duration is that SQL expression (the row goes in the same batch as the statements it times).
     */
    void addInsertTo(StatementBatch batch, HistoryRow row, long id, String durationSql) {
        List<Object> values = new ArrayList<>(List.of(id, row.revision(), row.kind().column()));
        values.addAll(java.util.Arrays.asList(row.checksum(), row.statementsTotal(), row.statementsDone(), row.success()));
        if (durationSql == null) {
            values.add(row.durationMillis());
        }
        values.addAll(java.util.Arrays.asList(clip(row.appliedBy(), 255), row.appliedAt(), clip(row.message(), MESSAGE_LENGTH)));
        if (hashesColumn) {
            values.add(row.statementHashes());
        }
        batch.add(new SqlTextSink(dialect, new StringBuilder()).render(insertSql(durationSql), values), count -> { },
                e -> failure("cannot write to", e));
    }

    /** Adds {@link #finish} of row {@code id} to {@code batch}, its values as literals. */
    void addFinishTo(StatementBatch batch, long id, boolean success, long durationMillis, String message) {
        batch.add(new SqlTextSink(dialect, new StringBuilder()).render(finishSql(),
                java.util.Arrays.asList(success, durationMillis, clip(message, MESSAGE_LENGTH), id)), count -> { },
                e -> failure("cannot write to", e));
    }

    private String insertSql() {
        return insertSql(null);
    }

    /** The insert, its duration (the eighth column) {@code durationSql} when not null, else a parameter. */
    private String insertSql(String durationSql) {
        return "INSERT INTO " + qualifiedName() + " (" + String.join(", ", COLUMNS.stream().map(this::q).toList())
                + (hashesColumn ? ", " + q(HASHES) : "") + ") VALUES (?, ?, ?, ?, ?, ?, ?, "
                + (durationSql == null ? "?" : durationSql) + ", ?, ?, ?" + (hashesColumn ? ", ?" : "") + ")";
    }

    private String finishSql() {
        return "UPDATE " + qualifiedName() + " SET " + q("success") + " = ?, " + q("duration_ms") + " = ?, "
                + q("message") + " = ? WHERE " + q("id") + " = ?";
    }

    /** Records that {@code done} statements of row {@code id} have run, with their hashes ({@link StatementHashes}). */
    public void progress(Connection connection, long id, int done, String hashes) {
        if (!hashesColumn) {
            progress(connection, id, done);
            return;
        }
        update(connection, "UPDATE " + qualifiedName() + " SET " + q("statements_done") + " = ?, " + q(HASHES) + " = ? WHERE "
                + q("id") + " = ?", done, hashes, id);
    }

    /** Records that {@code done} statements of row {@code id} have run. */
    public void progress(Connection connection, long id, int done) {
        update(connection, "UPDATE " + qualifiedName() + " SET " + q("statements_done") + " = ? WHERE " + q("id") + " = ?",
                done, id);
    }

    /** Closes row {@code id}: success or failure, how long it took, and the message (the error on failure). */
    public void finish(Connection connection, long id, boolean success, long durationMillis, String message) {
        try (PreparedStatement ps = connection.prepareStatement(finishSql())) {
            ps.setBoolean(1, success);
            ps.setLong(2, durationMillis);
            ps.setString(3, clip(message, MESSAGE_LENGTH));
            ps.setLong(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot write to", e);
        }
    }

    /** Removes row {@code id}: a migration that failed before any statement ran leaves no trace. */
    public void delete(Connection connection, long id) {
        update(connection, "DELETE FROM " + qualifiedName() + " WHERE " + q("id") + " = ?", id);
    }

    private void update(Connection connection, String sql, Object... values) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot write to", e);
        }
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        int total = rs.getInt(5);
        Integer statementsTotal = rs.wasNull() ? null : total;
        long duration = rs.getLong(8);
        Long durationMillis = rs.wasNull() ? null : duration;
        return new HistoryRow(rs.getLong(1), rs.getString(2).strip(), HistoryRow.Kind.valueOf(rs.getString(3).strip().toUpperCase(java.util.Locale.ROOT)),
                rs.getString(4), statementsTotal, rs.getInt(6), rs.getBoolean(7), durationMillis, rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12));
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private String q(String column) {
        return dialect.quote(column);
    }

    private RetortException failure(String what, SQLException e) {
        return new RetortException(ErrorCode.VERSION_TABLE, what + " history table " + qualifiedName() + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()), e);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
