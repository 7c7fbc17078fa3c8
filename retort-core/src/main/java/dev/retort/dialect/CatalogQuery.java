package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs one catalog query and hands each row to a callback, for the {@link SchemaInspector}s.
 *
 * <pre>{@code
 * CatalogQuery.forEachRow(connection, "SELECT name FROM sqlite_master", rs -> names.add(rs.getString(1)));
 * }</pre>
 */
public final class CatalogQuery {
    private CatalogQuery() {
    }

    /** What to do with one row. */
    @FunctionalInterface
    public interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} bound in order (nulls allowed) and visits every row. */
    public static void forEachRow(Connection connection, String sql, Row row, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    ps.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
