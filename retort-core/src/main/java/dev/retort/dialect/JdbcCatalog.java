package dev.retort.dialect;

import java.sql.DatabaseMetaData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table and column look-ups through {@link DatabaseMetaData}, shared by the dialects. */
final class JdbcCatalog {
    private JdbcCatalog() {
    }

    static Optional<String> findTable(Connection connection, CatalogScope scope, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(scope.catalog(), scope.schema(), pattern(meta, table), null)) {
            while (rs.next()) {
                if (inScope(rs, scope)) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return pick(names, table);
    }

    static List<String> columnNames(Connection connection, CatalogScope scope, String table) throws SQLException {
        // The stored name is the name itself (see pick): no table look-up first. None for a table that does not exist.
        DatabaseMetaData meta = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(scope.catalog(), scope.schema(), pattern(meta, table), null)) {
            while (rs.next()) {
                if (inScope(rs, scope) && table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    // The name is used unescaped as a LIKE pattern: '_' and '%' only widen the match, and the exact
    // name is picked below. A name holding the escape string could narrow it, so then list everything.
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return escape != null && !escape.isEmpty() && name.contains(escape) ? null : name;
    }

    private static boolean inScope(ResultSet rs, CatalogScope scope) throws SQLException {
        return scope.schema() == null || scope.schema().equals(rs.getString("TABLE_SCHEM"))
                || rs.getString("TABLE_SCHEM") == null;
    }

    // Exact only: quote() keeps a name's case wherever the database would fold it, so the stored
    // name is the name itself.
    private static Optional<String> pick(List<String> names, String wanted) {
        return names.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }
}
