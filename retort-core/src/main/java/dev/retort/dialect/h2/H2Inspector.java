package dev.retort.dialect.h2;

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
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads an H2 2.x schema from its {@code INFORMATION_SCHEMA} in five queries, whatever its size: tables,
 * columns (with enum values and array element types), key constraints, checks, and the indexes H2 did
 * not make itself for a constraint.
 *
 * <p>Types: see {@link H2Types}. Identity columns are auto-increment without a default. A foreign key
 * action H2 reports as {@code RESTRICT}, its default and the same as {@code NO ACTION} there, is
 * NO_ACTION. Names are as stored: H2 upper-cases unquoted ones and names unnamed constraints itself
 * ({@code CONSTRAINT_7}).
 */
public final class H2Inspector implements SchemaInspector {
    private static final String SCHEMA = "COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA)";

    private static final String TABLES = """
            SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE'""".formatted(SCHEMA);

    private static final String COLUMNS = """
            SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH,
                   c.DECLARED_NUMERIC_PRECISION, c.DECLARED_NUMERIC_SCALE, c.IS_NULLABLE, c.COLUMN_DEFAULT,
                   c.IS_IDENTITY, c.REMARKS, c.COLUMN_ON_UPDATE,
                   (SELECT ARRAY_AGG(e.VALUE_NAME ORDER BY e.VALUE_ORDINAL) FROM INFORMATION_SCHEMA.ENUM_VALUES e
                    WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME
                      AND e.OBJECT_TYPE = 'TABLE' AND e.ENUM_IDENTIFIER = c.DTD_IDENTIFIER),
                   (SELECT t.DATA_TYPE FROM INFORMATION_SCHEMA.ELEMENT_TYPES t
                    WHERE t.OBJECT_SCHEMA = c.TABLE_SCHEMA AND t.OBJECT_NAME = c.TABLE_NAME
                      AND t.OBJECT_TYPE = 'TABLE' AND t.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER)
            FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = %s
            ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION""".formatted(SCHEMA);

    // A foreign key's referenced columns are those of the unique constraint it points at, by position.
    private static final String KEYS = """
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   u.TABLE_SCHEMA, u.TABLE_NAME, u.COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE, tc.TABLE_SCHEMA
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                 AND u.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                 AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE tc.TABLE_SCHEMA = %s AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""".formatted(SCHEMA);

    private static final String CHECKS = """
            SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
            JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA
                 AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = %s""".formatted(SCHEMA);

    private static final String INDEXES = """
            SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA
                 AND ic.INDEX_NAME = i.INDEX_NAME
            WHERE i.TABLE_SCHEMA = %s AND NOT i.IS_GENERATED
            ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION""".formatted(SCHEMA);

    private static final String SEQUENCES = """
            SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES
            WHERE SEQUENCE_SCHEMA = %s""".formatted(SCHEMA);

    @Override
    public Schema inspect(Connection connection, String schema, Predicate<String> includeTable) throws SQLException {
        SchemaCollector tables = new SchemaCollector(schema, includeTable);
        CatalogQuery.forEachRow(connection, TABLES, rs -> tables.addTable(rs.getString(1), rs.getString(2)), schema);
        CatalogQuery.forEachRow(connection, COLUMNS, rs -> tables.addColumn(rs.getString(1), column(rs)), schema);
        keys(connection, schema, tables);
        CatalogQuery.forEachRow(connection, CHECKS,
                rs -> tables.addCheck(rs.getString(1), new CheckConstraint(rs.getString(2), rs.getString(3))), schema);
        indexes(connection, schema, tables);
        CatalogQuery.forEachRow(connection, SEQUENCES, rs -> tables.addSequence(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                schema);
        return tables.build();
    }

    /** H2 keeps a default as written, in its own rendering; {@code NULL} means none. */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank() || expression.trim().equalsIgnoreCase("NULL")) {
            return null;
        }
        return expression.trim();
    }

    /** RESTRICT is this database's NO ACTION, and reflected as such. */
    @Override
    public ReferentialAction normalizeAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    private Column column(ResultSet rs) throws SQLException {
        ColumnType type = H2Types.toColumnType(rs.getString(3), rs.getObject(4, Long.class),
                rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), strings(rs.getArray(12)),
                rs.getString(13));
        boolean identity = "YES".equals(rs.getString(9));
        return new Column(rs.getString(2), type, "YES".equals(rs.getString(7)),
                identity ? null : normalizeDefault(rs.getString(8)), identity, rs.getString(10),
                normalizeDefault(rs.getString(11)));
    }

    private static void keys(Connection connection, String schema, SchemaCollector tables) throws SQLException {
        KeyConstraintRows keys = new KeyConstraintRows();
        CatalogQuery.forEachRow(connection, KEYS, rs -> {
            String refSchema = rs.getString(5);
            keys.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    refSchema == null || refSchema.equals(rs.getString(10)) ? null : refSchema, rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9));
        }, schema);
        keys.addTo(tables, true);
    }

    private static void indexes(Connection connection, String schema, SchemaCollector tables) throws SQLException {
        Map<String, Index> indexes = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, INDEXES, rs -> {
            String key = rs.getString(1) + "\0" + rs.getString(2);
            tableOf.put(key, rs.getString(1));
            Index before = indexes.get(key);
            List<String> columns = new ArrayList<>(before == null ? List.of() : before.columns());
            columns.add(rs.getString(4));
            String type = rs.getString(3);
            indexes.put(key, new Index(rs.getString(2), columns, List.of(), type.startsWith("UNIQUE"), null,
                    type.contains("SPATIAL") ? "spatial" : type.contains("HASH") ? "hash" : null));
        }, schema);
        indexes.forEach((key, index) -> tables.addIndex(tableOf.get(key), index));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.asList(Arrays.copyOf(values, values.length, String[].class));
    }
}
