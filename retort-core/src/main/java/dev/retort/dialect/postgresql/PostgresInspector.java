package dev.retort.dialect.postgresql;

import dev.retort.dialect.CatalogQuery;
import dev.retort.dialect.SchemaCollector;
import dev.retort.dialect.SchemaInspector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog} in four queries, whatever its size: tables with their
 * comments; columns with types, defaults, identity and comments (an enum's labels ride along); constraints;
 * and the indexes that back no constraint.
 *
 * <p>Types: see {@link PostgresTypes}; {@code jsonb} is {@code OTHER("jsonb")}, {@code json} is JSON.
 * Identity columns and {@code serial}s (a {@code nextval(...)} default) are reported as auto-increment
 * without a default. Defaults pass through {@link #normalizeDefault(String)}. Expressions of checks,
 * index expressions and partial-index predicates are PostgreSQL's own rendering ({@code pg_get_expr}); an index's
 * access method other than {@code btree} is its kind ({@code gin}, {@code gist}, {@code brin}, {@code hash}...).
 */
public final class PostgresInspector implements SchemaInspector {
    // The schema parameter: the one asked for, or the connection's current one.
    private static final String SCHEMA = "n.nspname = COALESCE(CAST(? AS text), current_schema())";

    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND c.relkind IN ('r', 'p') AND NOT c.relispartition""".formatted(SCHEMA);

    private static final String COLUMNS = """
            SELECT c.relname, a.attname, t.typname, t.typtype, a.atttypmod,
                   format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity <> '', col_description(a.attrelid, a.attnum),
                   CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e
                        WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE %s AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum""".formatted(SCHEMA);

    // Column names are resolved here, in key order, for the referenced table too (it may be elsewhere).
    private static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                   fn.nspname, fc.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END,
                   n.nspname
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE %s AND con.contype IN ('p', 'u', 'f', 'c')""".formatted(SCHEMA);

    // Key columns only (INCLUDE columns are not part of the model); an expression key has attnum 0.
    private static final String INDEXES = """
            SELECT c.relname, ic.relname, i.indisunique,
                   ARRAY(SELECT CASE WHEN i.indkey[k] = 0 THEN NULL ELSE
                                (SELECT a.attname::text FROM pg_attribute a
                                 WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k]) END
                         FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k),
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k + 1, true)
                         FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k),
                   pg_get_expr(i.indpred, i.indrelid, true),
                   (SELECT am.amname FROM pg_am am WHERE am.oid = ic.relam),
                   ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL ELSE oc.opcname::text END
                         FROM generate_series(0, i.indnkeyatts - 1) k JOIN pg_opclass oc ON oc.oid = i.indclass[k]
                         ORDER BY k),
                   ARRAY(SELECT i.indoption[k]::integer FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
            """.formatted(SCHEMA);

    // Sequences that belong to a serial or identity column (pg_depend 'a', 'i') are part of that column.
    private static final String SEQUENCES = """
            SELECT c.relname, s.seqstart, s.seqincrement
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype IN ('a', 'i'))""".formatted(SCHEMA);

    @Override
    public Schema inspect(Connection connection, String schema, Predicate<String> includeTable) throws SQLException {
        SchemaCollector tables = new SchemaCollector(schema, includeTable);
        CatalogQuery.forEachRow(connection, TABLES, rs -> tables.addTable(rs.getString(1), rs.getString(2)), schema);
        CatalogQuery.forEachRow(connection, COLUMNS, rs -> tables.addColumn(rs.getString(1), column(rs)), schema);
        CatalogQuery.forEachRow(connection, CONSTRAINTS, rs -> constraint(tables, rs), schema);
        CatalogQuery.forEachRow(connection, INDEXES, rs -> tables.addIndex(rs.getString(1), index(rs)), schema);
        CatalogQuery.forEachRow(connection, SEQUENCES, rs -> tables.addSequence(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                schema);
        return tables.build();
    }

    @Override
    public String normalizeDefault(String expression) {
        return PostgresDefaults.normalize(expression);
    }

    private Column column(ResultSet rs) throws SQLException {
        ColumnType type = PostgresTypes.toColumnType(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                strings(rs.getArray(11)));
        String defaultExpr = rs.getString(8);
        boolean generated = rs.getBoolean(9);
        // A serial is an integer whose default draws from its own sequence: report it as generated.
        if (defaultExpr != null && defaultExpr.startsWith("nextval(")) {
            generated = true;
            defaultExpr = null;
        }
        return new Column(rs.getString(2), type, !rs.getBoolean(7), normalizeDefault(defaultExpr), generated,
                rs.getString(10));
    }

    private static void constraint(SchemaCollector tables, ResultSet rs) throws SQLException {
        String table = rs.getString(1);
        String name = rs.getString(2);
        List<String> columns = strings(rs.getArray(4));
        switch (rs.getString(3)) {
            case "p" -> tables.primaryKey(table, new PrimaryKey(name, columns));
            case "u" -> tables.addUnique(table, new UniqueConstraint(name, columns));
            case "f" -> {
                String refSchema = rs.getString(5);
                tables.addForeignKey(table, new ForeignKey(name, columns,
                        refSchema.equals(rs.getString(11)) ? null : refSchema, rs.getString(6),
                        strings(rs.getArray(7)), action(rs.getString(8)), action(rs.getString(9))));
            }
            case "c" -> tables.addCheck(table, new CheckConstraint(name, rs.getString(10)));
            default -> throw new IllegalStateException("unexpected constraint type " + rs.getString(3));
        }
    }

    /**
     * Key columns are columns; an expression key, a key with an operator class other than its type's default
     * ({@code body gin_trgm_ops}) or with an order ({@code made DESC}, {@code NULLS FIRST}) is an expression, as
     * PostgreSQL writes it. Once one key is an expression, all are, so the keys keep their order.
     */
    private static Index index(ResultSet rs) throws SQLException {
        List<String> names = strings(rs.getArray(4));
        List<String> definitions = strings(rs.getArray(5));
        List<String> classes = strings(rs.getArray(8));
        Integer[] options = (Integer[]) rs.getArray(9).getArray();
        List<String> keys = new ArrayList<>();
        boolean anyExpression = false;
        for (int i = 0; i < names.size(); i++) {
            String suffix = (classes.get(i) == null ? "" : " " + classes.get(i)) + order(options[i]);
            anyExpression |= names.get(i) == null || !suffix.isEmpty();
            keys.add(definitions.get(i) + suffix);
        }
        List<String> columns = anyExpression ? List.of() : names;
        List<String> expressions = anyExpression ? keys : List.of();
        return new Index(rs.getString(2), columns, expressions, rs.getBoolean(3), rs.getString(6), rs.getString(7));
    }

    // pg_index.indoption: bit 0 DESC, bit 1 NULLS FIRST (the default of DESC only).
    private static String order(int option) {
        boolean desc = (option & 1) != 0;
        boolean nullsFirst = (option & 2) != 0;
        return desc ? " DESC" + (nullsFirst ? "" : " NULLS LAST") : nullsFirst ? " NULLS FIRST" : "";
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.asList(Arrays.copyOf(values, values.length, String[].class));
    }
}
