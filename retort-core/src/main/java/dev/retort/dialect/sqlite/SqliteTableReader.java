package dev.retort.dialect.sqlite;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LiveSchema;
import dev.retort.dialect.SqlLexer.Kind;
import dev.retort.dialect.SqlLexer.Token;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads one table's current shape for a rebuild: columns from {@code PRAGMA table_info} (types kept as
 * declared), keys from {@code index_list}/{@code foreign_key_list}, and what only the CREATE TABLE text holds
 * (constraint names, CHECKs) from {@code sqlite_master}. Not an inspector: just enough to recreate the table.
 */
final class SqliteTableReader implements LiveSchema {
    private final Connection connection;
    private final Dialect dialect;

    SqliteTableReader(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Optional<Table> table(String schema, String table) {
        try {
            String sql = createSql(schema, table);
            if (sql == null) {
                return Optional.empty();
            }
            SqliteCreateText.TableText parsed = SqliteCreateText.table(sql);
            Table.Builder b = Table.builder(table).schema(schema);
            TreeMap<Integer, String> pk = new TreeMap<>();
            List<SqliteCreateText.Check> checks = new ArrayList<>(parsed.checks());
            try (ResultSet rs = query("table_info", schema, table)) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    String type = rs.getString("type");
                    ColumnType columnType = type == null || type.isBlank() ? ColumnType.other("BLOB") : ColumnType.other(type);
                    ColumnType asEnum = enumType(name, type, checks);
                    Column c = new Column(name, asEnum == null ? columnType : asEnum,
                            rs.getInt("notnull") == 0, rs.getString("dflt_value"), false, null);
                    b.column(c);
                    if (rs.getInt("pk") > 0) {
                        pk.put(rs.getInt("pk"), name);
                    }
                }
            }
            if (!pk.isEmpty()) {
                List<String> columns = List.copyOf(pk.values());
                b.primaryKey(new PrimaryKey(parsed.primaryKeyName(), columns));
            }
            readIndexes(schema, table, parsed, b);
            readForeignKeys(schema, table, parsed, b);
            checks.forEach(check -> b.check(check.check()));
            return Optional.of(b.build());
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.MIGRATION_FAILED, "cannot read table " + table + " to rebuild it: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The enum a column was declared as, when its definition holds the {@code CHECK (col IN ('a', ...))} that
     * {@link SqliteDdl} writes for one and its type is the {@code VARCHAR} written with it; that CHECK is then
     * taken out of {@code checks}, as it belongs to the column's type (a type change must replace it, dropping
     * the column must drop it). Null when the column is no enum.
     */
    private ColumnType enumType(String column, String declared, List<SqliteCreateText.Check> checks) {
        if (declared == null) {
            return null;
        }
        for (int i = 0; i < checks.size(); i++) {
            SqliteCreateText.Check check = checks.get(i);
            if (check.check().name() != null || !column.equalsIgnoreCase(check.column())) {
                continue;
            }
            List<String> values = enumValues(column, check.check().expression());
            if (values == null) {
                continue;
            }
            ColumnType type = ColumnType.enumOf(null, values.toArray(String[]::new));
            if (dialect.ddl().typeSql(type).equalsIgnoreCase(declared.strip())) {
                checks.remove(i);
                return type;
            }
        }
        return null;
    }

    // The values of "column IN ('a', 'b', ...)", or null when the expression is anything else.
    static List<String> enumValues(String column, String expression) {
        List<Token> tokens = SqliteCreateText.tokens(expression);
        if (tokens.size() < 5 || !tokens.get(0).isName() || !column.equalsIgnoreCase(tokens.get(0).value())
                || !tokens.get(1).is("IN") || !tokens.get(2).isPunct('(') || !tokens.get(tokens.size() - 1).isPunct(')')) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 3; i < tokens.size() - 1; i++) {
            Token t = tokens.get(i);
            boolean valuePlace = (i - 3) % 2 == 0;
            if (valuePlace && t.kind() == Kind.STRING) {
                values.add(t.value());
            } else if (valuePlace || !t.isPunct(',') || i == tokens.size() - 2) {
                return null;
            }
        }
        return values.isEmpty() ? null : values;
    }

    private void readIndexes(String schema, String table, SqliteCreateText.TableText parsed, Table.Builder b) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (ResultSet rs = query("index_list", schema, table)) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString("name"), rs.getString("origin"), rs.getString("unique")});
            }
        }
        for (String[] index : indexes) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = query("index_info", schema, index[0])) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            if ("u".equals(index[1])) {
                b.unique(new UniqueConstraint(parsed.uniqueNames().get(lower(columns)), columns));
            } else if ("c".equals(index[1])) {
                b.index(SqliteCreateText.index(indexSql(schema, index[0])).toIndex(index[0], "1".equals(index[2])));
            }
        }
    }

    private void readForeignKeys(String schema, String table, SqliteCreateText.TableText parsed, Table.Builder b) throws SQLException {
        Map<Integer, List<String[]>> byId = new TreeMap<>();
        try (ResultSet rs = query("foreign_key_list", schema, table)) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>()).add(new String[] {
                        rs.getString("table"), rs.getString("from"), rs.getString("to"),
                        rs.getString("on_delete"), rs.getString("on_update")});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> rows : byId.values()) {
            List<String> from = rows.stream().map(r -> r[1]).toList();
            List<String> to = rows.stream().map(r -> r[2]).toList();
            String[] first = rows.get(0);
            keys.add(new ForeignKey(parsed.foreignKeyNames().get(lower(from)), from, null, first[0], to,
                    action(first[3]), action(first[4])));
        }
        // PRAGMA foreign_key_list numbers keys from the last declared.
        for (int i = keys.size() - 1; i >= 0; i--) {
            b.foreignKey(keys.get(i));
        }
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? ReferentialAction.NO_ACTION
                : ReferentialAction.valueOf(sql.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private String createSql(String schema, String table) throws SQLException {
        return master(schema, "table", table);
    }

    private String indexSql(String schema, String index) throws SQLException {
        return master(schema, "index", index);
    }

    private String master(String schema, String type, String name) throws SQLException {
        String from = schema == null ? "sqlite_master" : dialect.quote(schema) + ".sqlite_master";
        try (PreparedStatement ps = connection.prepareStatement("SELECT sql FROM " + from + " WHERE type = ? AND name = ?")) {
            ps.setString(1, type);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private ResultSet query(String pragma, String schema, String argument) throws SQLException {
        Statement s = connection.createStatement();
        s.closeOnCompletion();
        String prefix = schema == null ? "" : dialect.quote(schema) + ".";
        return s.executeQuery("PRAGMA " + prefix + pragma + "(" + dialect.literal(argument) + ")");
    }

    @Override
    public void beforeRebuild(String schema, String table) {
        try {
            if (!foreignKeysOn() || connection.getAutoCommit()) {
                return;
            }
            List<String> others = referencing(schema, table);
            if (!others.isEmpty()) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "rebuilding table " + table + " is not supported on sqlite "
                        + "with foreign_keys=ON inside a transaction: dropping the old table would delete or orphan the "
                        + "rows of " + String.join(", ", others) + " that reference it; open the connection with foreign keys off (the "
                        + "sqlite-jdbc default) for migrations");
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.MIGRATION_FAILED, "cannot check the foreign keys of " + table + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void afterRebuild(String schema, String table) {
        try {
            List<String> tables = new ArrayList<>(referencing(schema, table));
            tables.add(0, table);
            for (String t : tables) {
                try (ResultSet rs = query("foreign_key_check", schema, t)) {
                    if (rs.next()) {
                        throw new RetortException(ErrorCode.MIGRATION_FAILED, "after rebuilding table " + table + ", a row of "
                                + rs.getString("table") + " references a missing row of " + rs.getString("parent")
                                + "; fix the data first (PRAGMA foreign_key_check lists every such row)");
                    }
                }
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.MIGRATION_FAILED, "cannot check the foreign keys of " + table + ": "
                    + e.getMessage(), e);
        }
    }

    private boolean foreignKeysOn() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private List<String> referencing(String schema, String table) throws SQLException {
        List<String> tables = new ArrayList<>();
        String from = schema == null ? "sqlite_master" : dialect.quote(schema) + ".sqlite_master";
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM " + from + " WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            if (t.equals(table)) {
                continue;
            }
            try (ResultSet rs = query("foreign_key_list", schema, t)) {
                while (rs.next()) {
                    if (table.equalsIgnoreCase(rs.getString("table"))) {
                        out.add(t);
                        break;
                    }
                }
            }
        }
        return out;
    }
}
