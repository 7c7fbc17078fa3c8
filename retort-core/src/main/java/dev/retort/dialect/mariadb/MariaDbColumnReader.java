package dev.retort.dialect.mariadb;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.LiveSchema;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one column's definition from {@code information_schema.COLUMNS}, for the {@code MODIFY COLUMN} that
 * restates it. The type is kept exactly as MariaDB spells it ({@code varchar(255)}), so restating it changes
 * nothing else.
 */
final class MariaDbColumnReader implements LiveSchema {
    private final Connection connection;

    MariaDbColumnReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Column> column(String schema, String table, String column) {
        String sql = "SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = " + (schema == null ? "DATABASE()" : "?") + " AND TABLE_NAME = ? AND COLUMN_NAME = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (schema != null) {
                ps.setString(i++, schema);
            }
            ps.setString(i++, table);
            ps.setString(i, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA").toLowerCase(Locale.ROOT);
                String defaultValue = rs.getString("COLUMN_DEFAULT");
                // MariaDB 10.2.7+ reports expressions as written, literals quoted, and no default as NULL.
                if (defaultValue != null && defaultValue.equalsIgnoreCase("NULL")) {
                    defaultValue = null;
                }
                String comment = rs.getString("COLUMN_COMMENT");
                return Optional.of(new Column(column, ColumnType.other(rs.getString("COLUMN_TYPE")),
                        "YES".equals(rs.getString("IS_NULLABLE")), defaultValue, extra.contains("auto_increment"),
                        comment == null || comment.isEmpty() ? null : comment, MariaDbInspector.onUpdate(extra)));
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.MIGRATION_FAILED, "cannot read column " + table + "." + column + ": "
                    + e.getMessage(), e);
        }
    }
}
