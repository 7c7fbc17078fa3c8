package dev.retort.dialect.sqlite;

import dev.retort.dialect.CatalogQuery;
import dev.retort.dialect.SchemaCollector;
import dev.retort.dialect.SchemaInspector;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a SQLite database in four queries, whatever its size, by joining {@code sqlite_master} with the
 * table-valued pragmas: tables, {@code pragma_table_info} (columns), {@code pragma_index_list} with
 * {@code pragma_index_info} (indexes) and {@code pragma_foreign_key_list}. What the pragmas do not say,
 * SQLite keeps only in the DDL's text, which is parsed: CHECK constraints, constraint names,
 * AUTOINCREMENT, index expressions and partial-index predicates.
 *
 * <p>A rowid alias ({@code INTEGER PRIMARY KEY}, with or without AUTOINCREMENT) is reported as an
 * auto-increment column that is not null: SQLite fills it when it is left out. The indexes SQLite makes for
 * UNIQUE constraints are reported as those constraints, named as declared or unnamed; SQLite has no
 * comments, so none are reported. Types: see {@link SqliteTypes}.
 */
public final class SqliteInspector implements SchemaInspector {
    private static final String TABLES = """
            SELECT m.name, m.sql FROM %s.sqlite_master m
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'""";

    private static final String COLUMNS = """
            SELECT m.name, p.name, p.type, p."notnull", p.dflt_value, p.pk
            FROM %s.sqlite_master m JOIN pragma_table_info(m.name, ?) p
            WHERE m.type = 'table' ORDER BY m.name, p.cid""";

    private static final String INDEXES = """
            SELECT m.name, il.name, il."unique", il.origin, ii.cid, ii.name, im.sql
            FROM %1$s.sqlite_master m JOIN pragma_index_list(m.name, ?) il JOIN pragma_index_info(il.name, ?) ii
            LEFT JOIN %1$s.sqlite_master im ON im.type = 'index' AND im.name = il.name
            WHERE m.type = 'table' ORDER BY m.name, il.name, ii.seqno""";

    private static final String FOREIGN_KEYS = """
            SELECT m.name, f.id, f."table", f."from", f."to", f.on_delete, f.on_update
            FROM %s.sqlite_master m JOIN pragma_foreign_key_list(m.name, ?) f
            WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq""";

    private static final Pattern CURRENT = Pattern.compile("(?i)current_(timestamp|date|time)");

    @Override
    public Schema inspect(Connection connection, String schema, Predicate<String> includeTable) throws SQLException {
        String db = schema == null ? "main" : schema;
        String prefix = "\"" + db.replace("\"", "\"\"") + "\"";
        SchemaCollector tables = new SchemaCollector(schema, includeTable);
        Map<String, SqliteCreateText.TableText> ddl = new HashMap<>();
        CatalogQuery.forEachRow(connection, TABLES.formatted(prefix), rs -> {
            if (tables.addTable(rs.getString(1), null)) {
                ddl.put(rs.getString(1), SqliteCreateText.table(rs.getString(2)));
            }
        });
        Map<String, List<String>> primaryKeys = columns(connection, prefix, db, tables, ddl);
        indexes(connection, prefix, db, tables, ddl);
        foreignKeys(connection, prefix, db, tables, ddl, primaryKeys);
        ddl.forEach((table, text) -> text.checks().forEach(check -> tables.addCheck(table, check.check())));
        return tables.build();
    }

    /**
     * SQLite keeps a default as written: {@code NULL} means none, and the keywords
     * {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, {@code CURRENT_TIME} are upper-cased; parentheses
     * around the whole expression, which SQLite requires for anything but a literal, are dropped.
     */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String e = expression.trim();
        while (SqliteCreateText.wrapsWhole(e)) {
            e = e.substring(1, e.length() - 1).trim();
        }
        if (e.equalsIgnoreCase("NULL")) {
            return null;
        }
        return CURRENT.matcher(e).matches() ? e.toUpperCase(Locale.ROOT) : e;
    }

    // Returns every table's primary key columns (filtered out or not), for foreign keys that name none.
    private Map<String, List<String>> columns(Connection connection, String prefix, String db, SchemaCollector tables,
                                              Map<String, SqliteCreateText.TableText> ddl) throws SQLException {
        Map<String, TreeMap<Integer, String>> keyColumns = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        CatalogQuery.forEachRow(connection, COLUMNS.formatted(prefix), rs -> {
            String table = rs.getString(1);
            int pk = rs.getInt(6);
            if (pk > 0) {
                keyColumns.computeIfAbsent(table, t -> new TreeMap<>()).put(pk, rs.getString(2));
            }
            rows.add(new Object[] {table, rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), pk});
        }, db);
        Map<String, List<String>> primaryKeys = new HashMap<>();
        keyColumns.forEach((table, cols) -> primaryKeys.put(table, List.copyOf(cols.values())));
        for (Object[] row : rows) {
            String table = (String) row[0];
            String declared = (String) row[2];
            List<String> key = primaryKeys.getOrDefault(table, List.of());
            boolean rowid = key.size() == 1 && (int) row[5] == 1 && "INTEGER".equalsIgnoreCase(declared.trim());
            tables.addColumn(table, new Column((String) row[1], SqliteTypes.toColumnType(declared),
                    !((boolean) row[3] || rowid), normalizeDefault((String) row[4]), rowid, null));
        }
        primaryKeys.forEach((table, cols) -> {
            SqliteCreateText.TableText text = ddl.get(table);
            tables.primaryKey(table, new PrimaryKey(text == null ? null : text.primaryKeyName(), cols));
        });
        return primaryKeys;
    }

    private static void indexes(Connection connection, String prefix, String db, SchemaCollector tables,
                                Map<String, SqliteCreateText.TableText> ddl) throws SQLException {
        Map<String, IndexRows> indexes = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, INDEXES.formatted(prefix), rs -> {
            IndexRows index = indexes.computeIfAbsent(rs.getString(1) + "\0" + rs.getString(2), k -> new IndexRows());
            index.table = rs.getString(1);
            index.name = rs.getString(2);
            index.unique = rs.getBoolean(3);
            index.origin = rs.getString(4);
            index.cids.add(rs.getInt(5));
            index.names.add(rs.getString(6));
            index.sql = rs.getString(7);
        }, db, db);
        for (IndexRows index : indexes.values()) {
            switch (index.origin) {
                case "pk" -> { }
                case "u" -> {
                    SqliteCreateText.TableText text = ddl.get(index.table);
                    String name = text == null ? null : text.uniqueNames().get(lower(index.names));
                    tables.addUnique(index.table, new UniqueConstraint(name, index.names));
                }
                default -> tables.addIndex(index.table, index.toIndex());
            }
        }
    }

    private static void foreignKeys(Connection connection, String prefix, String db, SchemaCollector tables,
                                    Map<String, SqliteCreateText.TableText> ddl,
                                    Map<String, List<String>> primaryKeys) throws SQLException {
        Map<String, KeyRows> keys = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, FOREIGN_KEYS.formatted(prefix), rs -> {
            KeyRows key = keys.computeIfAbsent(rs.getString(1) + "\0" + rs.getInt(2), k -> new KeyRows());
            key.table = rs.getString(1);
            key.refTable = rs.getString(3);
            key.columns.add(rs.getString(4));
            key.refColumns.add(rs.getString(5));
            key.onDelete = rs.getString(6);
            key.onUpdate = rs.getString(7);
        }, db);
        // pragma_foreign_key_list numbers a table's keys last-declared first.
        List<KeyRows> ordered = new ArrayList<>(keys.values());
        java.util.Collections.reverse(ordered);
        for (KeyRows key : ordered) {
            List<String> refColumns = key.refColumns.contains(null)
                    ? primaryKeys.getOrDefault(key.refTable, key.columns) : key.refColumns;
            SqliteCreateText.TableText text = ddl.get(key.table);
            String name = text == null ? null : text.foreignKeyNames().get(lower(key.columns));
            tables.addForeignKey(key.table, new ForeignKey(name, key.columns, null, key.refTable, refColumns,
                    action(key.onDelete), action(key.onUpdate)));
        }
    }

    private static ReferentialAction action(String rule) {
        return ReferentialAction.valueOf(rule.replace(' ', '_').toUpperCase(Locale.ROOT));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static final class IndexRows {
        String table;
        String name;
        boolean unique;
        String origin;
        final List<Integer> cids = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        String sql;

        // SQLite marks an expression term with cid -2; its text is in the CREATE INDEX statement.
        Index toIndex() {
            SqliteCreateText.IndexText text = sql == null ? null : SqliteCreateText.index(sql);
            List<String> columns = new ArrayList<>();
            List<String> expressions = new ArrayList<>();
            for (int i = 0; i < cids.size(); i++) {
                if (cids.get(i) == -2 && text != null) {
                    // Without the parentheses Retort writes around an expression, so it reads back as declared.
                    String term = text.terms().get(i);
                    expressions.add(SqliteCreateText.wrapsWhole(term) ? term.substring(1, term.length() - 1).trim() : term);
                } else {
                    columns.add(names.get(i));
                }
            }
            return new Index(name, columns, expressions, unique, text == null ? null : text.where());
        }
    }

    private static final class KeyRows {
        String table;
        String refTable;
        final List<String> columns = new ArrayList<>();
        final List<String> refColumns = new ArrayList<>();
        String onDelete;
        String onUpdate;
    }
}
