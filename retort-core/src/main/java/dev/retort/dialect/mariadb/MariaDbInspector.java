package dev.retort.dialect.mariadb;

import dev.retort.dialect.CatalogQuery;
import dev.retort.dialect.KeyConstraintRows;
import dev.retort.dialect.SchemaCollector;
import dev.retort.dialect.SchemaInspector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a MariaDB database (10.2.7 or later, whose {@code information_schema} quotes string defaults)
 * in five queries, whatever its size: tables, checks, columns, key constraints, indexes.
 *
 * <p>What MariaDB does on its own is undone so the result reads like the DDL that was written: a
 * {@code JSON} column is {@code longtext} with a column check {@code json_valid(`col`)}, which is reported
 * as JSON without the check; the index MariaDB adds for a foreign key that has none is left out; the
 * primary key, which MariaDB always calls {@code PRIMARY}, is reported unnamed; a foreign key action of
 * {@code RESTRICT}, MariaDB's default and the same as {@code NO ACTION} there, is reported as NO_ACTION.
 * Every unique index is a UNIQUE constraint here, since MariaDB makes no difference between the two. An
 * index's kind is {@code fulltext}, {@code spatial} or {@code hash} ({@code BTREE} is the ordinary index). An
 * index with a prefix length has its keys as expressions, in order: {@code body(100)}, {@code title}.
 * A column-level CHECK is named after its column, as MariaDB names it. Types: see {@link MariaDbTypes}.
 * Defaults, and the expression of {@code ON UPDATE}: see {@link #normalizeDefault(String)}.
 */
public final class MariaDbInspector implements SchemaInspector {
    private static final String SCHEMA = "COALESCE(?, DATABASE())";

    private static final String SEQUENCES = """
            SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'SEQUENCE'""".formatted(SCHEMA);

    private static final String TABLES = """
            SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE'""".formatted(SCHEMA);

    private static final String CHECKS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = %s""".formatted(SCHEMA);

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                   NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s
            ORDER BY TABLE_NAME, ORDINAL_POSITION""".formatted(SCHEMA);

    private static final String KEYS = """
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
                   rc.DELETE_RULE, rc.UPDATE_RULE, tc.TABLE_SCHEMA
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = %s AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""".formatted(SCHEMA);

    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, INDEX_TYPE, SUB_PART FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = %s AND NON_UNIQUE = 1
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""".formatted(SCHEMA);

    private static final String ON_UPDATE = "on update ";
    private static final String NOW_NAMES = "(?i)(current_timestamp|now|localtimestamp|localtime)";
    private static final Pattern NOW = Pattern.compile(NOW_NAMES + "(\\(\\))?");
    private static final Pattern NOW_PRECISION = Pattern.compile(NOW_NAMES + "\\((\\d+)\\)");
    private static final Pattern TODAY = Pattern.compile("(?i)(current_date|curdate)(\\(\\))?");

    @Override
    public Schema inspect(Connection connection, String schema, Predicate<String> includeTable) throws SQLException {
        SchemaCollector tables = new SchemaCollector(schema, includeTable);
        CatalogQuery.forEachRow(connection, TABLES,
                rs -> tables.addTable(rs.getString(1), blankToNull(rs.getString(2))), schema);
        Map<String, String> checks = new LinkedHashMap<>();
        List<String[]> checkRows = new ArrayList<>();
        CatalogQuery.forEachRow(connection, CHECKS, rs -> checkRows.add(new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)}), schema);
        checkRows.forEach(row -> checks.put(row[0] + "\0" + row[1], row[2]));
        List<String> jsonChecks = new ArrayList<>();
        CatalogQuery.forEachRow(connection, COLUMNS, rs -> {
            String table = rs.getString(1);
            Column column = column(rs);
            String key = table + "\0" + column.name();
            if (column.type().kind() == ColumnType.Kind.TEXT
                    && ("json_valid(" + quote(column.name()) + ")").equals(checks.get(key))) {
                column = column.withType(ColumnType.json());
                jsonChecks.add(key);
            }
            tables.addColumn(table, column);
        }, schema);
        for (String[] row : checkRows) {
            if (!jsonChecks.contains(row[0] + "\0" + row[1])) {
                tables.addCheck(row[0], new CheckConstraint(row[1], row[2]));
            }
        }
        keys(connection, schema, tables);
        indexes(connection, schema, tables);
        sequences(connection, schema, tables);
        return tables.build();
    }

    /**
     * MariaDB's defaults as {@code information_schema} shows them: string literals in quotes, numbers bare,
     * {@code NULL} for none. {@code current_timestamp()}, {@code now()} and their kin become
     * {@code CURRENT_TIMESTAMP} (with a precision, {@code CURRENT_TIMESTAMP(6)}), {@code curdate()}
     * {@code CURRENT_DATE}, and {@code TRUE}/{@code FALSE} the {@code 1}/{@code 0} MariaDB stores.
     */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank() || expression.trim().equalsIgnoreCase("NULL")) {
            return null;
        }
        String e = expression.trim();
        if (NOW.matcher(e).matches()) {
            return "CURRENT_TIMESTAMP";
        }
        var precise = NOW_PRECISION.matcher(e);
        if (precise.matches()) {
            return "CURRENT_TIMESTAMP(" + precise.group(2) + ")";
        }
        if (TODAY.matcher(e).matches()) {
            return "CURRENT_DATE";
        }
        return switch (e.toUpperCase(Locale.ROOT)) {
            case "TRUE" -> "1";
            case "FALSE" -> "0";
            default -> e;
        };
    }

    /**
     * MariaDB gives {@code CURRENT_TIMESTAMP} the precision of its column, and Retort declares timestamps
     * {@code DATETIME(6)}: on a TIMESTAMP, {@code CURRENT_TIMESTAMP(6)} is the plain {@code CURRENT_TIMESTAMP}.
     */
    @Override
    public String normalizeDefault(String expression, ColumnType type) {
        String e = normalizeDefault(expression);
        return type.kind() == ColumnType.Kind.TIMESTAMP && "CURRENT_TIMESTAMP(6)".equals(e) ? "CURRENT_TIMESTAMP" : e;
    }

    /** RESTRICT is this database's NO ACTION, and reflected as such. */
    @Override
    public ReferentialAction normalizeAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    private Column column(ResultSet rs) throws SQLException {
        long length = rs.getLong(5);
        Integer precision = rs.getObject(6, Integer.class);
        Integer scale = rs.getObject(7, Integer.class);
        ColumnType type = MariaDbTypes.toColumnType(rs.getString(3), rs.getString(4), length, precision, scale);
        String extra = rs.getString(10);
        boolean autoIncrement = extra.toLowerCase(Locale.ROOT).contains("auto_increment");
        return new Column(rs.getString(2), type, "YES".equals(rs.getString(8)), normalizeDefault(rs.getString(9), type),
                autoIncrement, blankToNull(rs.getString(11)), normalizeDefault(onUpdate(extra), type));
    }

    /** The expression of {@code on update current_timestamp()} in a column's {@code EXTRA}, or null. */
    static String onUpdate(String extra) {
        int at = extra == null ? -1 : extra.toLowerCase(Locale.ROOT).indexOf(ON_UPDATE);
        return at < 0 ? null : extra.substring(at + ON_UPDATE.length()).trim();
    }

    private static void keys(Connection connection, String schema, SchemaCollector tables) throws SQLException {
        KeyConstraintRows keys = new KeyConstraintRows();
        CatalogQuery.forEachRow(connection, KEYS, rs -> {
            String refSchema = rs.getString(5);
            keys.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    refSchema == null || refSchema.equals(rs.getString(10)) ? null : refSchema, rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9));
        }, schema);
        keys.addTo(tables, false);
    }

    // MariaDB gives a foreign key without a usable index one of its own, named after the constraint or,
    // for an unnamed constraint, after its first column.
    private static void indexes(Connection connection, String schema, SchemaCollector tables) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, List<String>> prefixed = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, INDEXES, rs -> {
            String key = rs.getString(1) + "\0" + rs.getString(2);
            columns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(3));
            kinds.put(key, rs.getString(4));
            // A prefix length (KEY (body(100))) makes the key an expression; SPATIAL reports one of its own.
            Integer part = rs.getObject(5, Integer.class);
            boolean prefix = part != null && !"SPATIAL".equals(rs.getString(4));
            String column = rs.getString(3);
            String written = column.matches("[A-Za-z0-9_$]+") ? column : quote(column);
            prefixed.computeIfAbsent(key, k -> new ArrayList<>()).add(prefix ? written + "(" + part + ")" : column);
        }, schema);
        columns.forEach((key, cols) -> {
            int split = key.indexOf('\0');
            String table = key.substring(0, split);
            String name = key.substring(split + 1);
            String kind = kinds.get(key);
            boolean implicit = kind.equals("BTREE") && tables.foreignKeys(table).stream().anyMatch(fk -> fk.columns()
                    .equals(cols) && (name.equals(fk.name()) || name.equals(cols.get(0))));
            List<String> keys = prefixed.get(key).stream().map(k -> cols.contains(k) && !k.matches("[A-Za-z0-9_$]+")
                    ? quote(k) : k).toList();
            if (!implicit) {
                tables.addIndex(table, prefixed.get(key).equals(cols) ? new Index(name, cols, List.of(), false, null, kind)
                        : new Index(name, List.of(), keys, false, null, kind));
            }
        });
    }

    // A sequence is a table of one row holding its settings: one query each.
    private static void sequences(Connection connection, String schema, SchemaCollector tables) throws SQLException {
        List<String[]> names = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SEQUENCES, rs -> names.add(new String[] {rs.getString(1), rs.getString(2)}), schema);
        for (String[] n : names) {
            CatalogQuery.forEachRow(connection, "SELECT start_value, increment FROM " + quote(n[0]) + "." + quote(n[1]),
                    rs -> tables.addSequence(n[1], rs.getLong(1), rs.getLong(2)));
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
