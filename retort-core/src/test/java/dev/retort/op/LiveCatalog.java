package dev.retort.op;

import dev.retort.dialect.CatalogScope;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reflection for the tests, through JDBC metadata and a few catalog queries: independent of the code under test. */
final class LiveCatalog {
    private final Connection c;
    private final Dialect dialect;
    private final CatalogScope scope;

    LiveCatalog(Connection c, Dialect dialect) throws SQLException {
        this.c = c;
        this.dialect = dialect;
        this.scope = dialect.catalogScope(c, null);
    }

    /** One column as JDBC reports it. */
    record Col(String type, int size, boolean nullable, String defaultValue) {
    }

    Map<String, Col> columns(String table) throws SQLException {
        Map<String, Col> out = new LinkedHashMap<>();
        try (ResultSet rs = meta().getColumns(scope.catalog(), scope.schema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    out.put(rs.getString("COLUMN_NAME"), new Col(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, rs.getString("COLUMN_DEF")));
                }
            }
        }
        return out;
    }

    boolean tableExists(String table) throws SQLException {
        return dialect.findTable(c, null, table).isPresent();
    }

    List<String> primaryKey(String table) throws SQLException {
        TreeMap<Integer, String> cols = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(scope.catalog(), scope.schema(), table)) {
            while (rs.next()) {
                cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(cols.values());
    }

    /** Index name (or, for SQLite's unnamed unique constraints, "unique:" + columns) to "unique|non-unique columns". */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, List<String>> cols = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(scope.catalog(), scope.schema(), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, String> out = new TreeMap<>();
        cols.forEach((name, c) -> {
            // Names the database makes up itself change when it recreates the index.
            String key = name.startsWith("sqlite_autoindex") ? "unique:" + c : name.replaceAll("^(PRIMARY_KEY|CONSTRAINT_INDEX)_\\w+$", "$1");
            out.put(key, (unique.get(name) ? "unique " : "") + c);
        });
        return out;
    }

    /** "name: columns -> table(columns) on delete" per foreign key of {@code table}. */
    List<String> foreignKeys(String table) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = meta().getImportedKeys(scope.catalog(), scope.schema(), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                out.merge(name == null || name.isEmpty() ? rs.getString("FKCOLUMN_NAME") : name,
                        rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME") + "(" + rs.getString("PKCOLUMN_NAME")
                                + ") delete=" + rs.getInt("DELETE_RULE"), (a, b) -> a + "; " + b);
            }
        }
        return out.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** The names of the table's CHECK constraints (SQLite: whether its CREATE text holds {@code name}). */
    TreeSet<String> checks(String table) throws SQLException {
        String sql = switch (dialect.name()) {
            case "postgresql" -> "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = '" + table + "'::regclass";
            case "mariadb" -> "SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = "
                    + "DATABASE() AND TABLE_NAME = '" + table + "'";
            case "h2" -> "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'CHECK' "
                    + "AND TABLE_NAME = '" + table + "'";
            default -> null;
        };
        TreeSet<String> out = new TreeSet<>();
        if (sql == null) {
            String create = one("SELECT sql FROM sqlite_master WHERE name = '" + table + "'");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONSTRAINT \"?(\\w+)\"? CHECK").matcher(create);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    String tableComment(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(scope.catalog(), scope.schema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    String r = rs.getString("REMARKS");
                    return r == null || r.isEmpty() ? null : r;
                }
            }
        }
        return null;
    }

    String one(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private DatabaseMetaData meta() throws SQLException {
        return c.getMetaData();
    }
}
