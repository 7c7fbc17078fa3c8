package dev.retort.dialect.postgresql;

import dev.retort.dialect.BaseDdl;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL's DDL: identity columns, {@code ALTER COLUMN ... TYPE ... USING}, partial, expression and
 * concurrent indexes, {@code COMMENT ON}. An enum column gets a named type ({@code CREATE TYPE ... AS ENUM}),
 * created before its table or column and dropped with it; an enum without a name is called
 * {@code <table>_<column>}.
 */
final class PostgresDdl extends BaseDdl {
    PostgresDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String typeSql(ColumnType t) {
        return switch (t.kind()) {
            case JSON -> "JSONB";
            case BINARY -> "BYTEA";
            case ENUM -> q(t.enumName() == null ? "enum" : t.enumName());
            default -> standardTypeSql(t);
        };
    }

    private static String enumName(String table, Column c) {
        return c.type().enumName() != null ? c.type().enumName() : table + "_" + c.name();
    }

    @Override
    public String columnTypeSql(String schema, String table, Column c) {
        return c.type().kind() == ColumnType.Kind.ENUM ? table(schema, enumName(table, c)) : typeSql(c.type());
    }

    private String createEnum(String schema, String table, Column c) {
        return "CREATE TYPE " + table(schema, enumName(table, c)) + " AS ENUM ("
                + c.type().enumValues().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
    }

    private List<String> createEnums(String schema, String table, List<Column> columns) {
        Set<String> out = new LinkedHashSet<>();
        for (Column c : columns) {
            if (c.type().kind() == ColumnType.Kind.ENUM) {
                out.add(createEnum(schema, table, c));
            }
        }
        return List.copyOf(out);
    }

    private List<String> dropEnums(String schema, String table, List<Column> columns) {
        Set<String> out = new LinkedHashSet<>();
        for (Column c : columns) {
            if (c.type().kind() == ColumnType.Kind.ENUM) {
                out.add("DROP TYPE IF EXISTS " + table(schema, enumName(table, c)));
            }
        }
        return List.copyOf(out);
    }

    @Override
    protected List<String> beforeCreateTable(Table t) {
        return createEnums(t.schema(), t.name(), t.columns());
    }

    @Override
    public List<String> dropTable(String schema, String name, Table definition) {
        List<String> out = new ArrayList<>(super.dropTable(schema, name, definition));
        if (definition != null) {
            out.addAll(dropEnums(schema, name, definition.columns()));
        }
        return out;
    }

    @Override
    public List<String> addColumn(String schema, String table, Column column) {
        List<String> out = new ArrayList<>(createEnums(schema, table, List.of(column)));
        out.addAll(super.addColumn(schema, table, column));
        return out;
    }

    @Override
    public List<String> dropColumn(String schema, String table, String column, Column definition) {
        List<String> out = new ArrayList<>(super.dropColumn(schema, table, column, definition));
        if (definition != null) {
            out.addAll(dropEnums(schema, table, List.of(definition)));
        }
        return out;
    }

    private enum Family { NUMBER, STRING, DATETIME, TIME, BOOLEAN, UUID, JSON, BINARY, ENUM, OTHER }

    private static Family family(ColumnType t) {
        return switch (t.kind()) {
            case SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE -> Family.NUMBER;
            case VARCHAR, CHAR, TEXT -> Family.STRING;
            case DATE, TIMESTAMP -> Family.DATETIME;
            case TIME -> Family.TIME;
            case BOOLEAN -> Family.BOOLEAN;
            case UUID -> Family.UUID;
            case JSON -> Family.JSON;
            case BINARY -> Family.BINARY;
            case ENUM -> Family.ENUM;
            case OTHER -> Family.OTHER;
        };
    }

    /**
     * {@code "col"::newtype} where PostgreSQL has no assignment cast of its own: from text to anything but text,
     * between numbers and booleans, and the like. Within a family (numbers, strings, dates) and to a string type
     * PostgreSQL converts by itself (and a too long value still fails rather than being cut); an enum is converted
     * through text by {@link #alterColumnType}; a type it does not know (OTHER) from a non-string is left alone.
     */
    @Override
    public String castUsing(String column, ColumnType from, ColumnType to) {
        Family a = family(from);
        Family b = family(to);
        if (b == Family.ENUM || b == Family.STRING || a == b) {
            return null;
        }
        if (a != Family.STRING && (a == Family.OTHER || b == Family.OTHER)) {
            return null;
        }
        return q(column) + "::" + typeSql(to);
    }

    /** The name an enum type is renamed to while its replacement takes over its columns. */
    static final String OLD_ENUM_SUFFIX = "__retort_old";

    @Override
    public boolean alterTypeNeedsCurrentColumn(ColumnType type) {
        return type.kind() == ColumnType.Kind.ENUM;
    }

    @Override
    public List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using) {
        return alterColumnType(schema, table, current, column, type, using, false);
    }

    /**
     * To an enum: the type is created first. When the column already has an enum of that name (or, unknown, may
     * have one), the old type is renamed aside, the new one created, the column converted through text and the old
     * type dropped, so changing an enum's values keeps the rows; a value rows still hold fails the conversion with
     * PostgreSQL's own error. A default is dropped before the conversion (it cannot be cast from the old type) and
     * set again after, unless this alter replaces it.
     */
    @Override
    public List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using, boolean defaultReplaced) {
        Column target = Column.of(column, type);
        String typeSql = columnTypeSql(schema, table, target);
        String alterColumn = alterTable(schema, table) + "ALTER COLUMN " + q(column);
        if (type.kind() != ColumnType.Kind.ENUM) {
            return List.of(alterColumn + " TYPE " + typeSql + (using == null ? "" : " USING " + using));
        }
        String name = enumName(table, target);
        String old = name + OLD_ENUM_SUFFIX;
        boolean unknown = current == null;
        boolean replaces = !unknown && current.type().kind() == ColumnType.Kind.ENUM && enumName(table, current).equals(name);
        String defaultExpr = unknown ? null : current.serverDefault();
        List<String> out = new ArrayList<>();
        if (replaces) {
            out.add("ALTER TYPE " + table(schema, name) + " RENAME TO " + q(old));
        } else if (unknown) {
            // Offline without the column's definition: rename the type aside only where it exists.
            out.add("DO $$BEGIN IF to_regtype(" + literal(table(schema, name)) + ") IS NOT NULL THEN ALTER TYPE "
                    + table(schema, name) + " RENAME TO " + q(old) + "; END IF; END$$");
        }
        out.add(createEnum(schema, table, target));
        if (defaultExpr != null) {
            out.add(alterColumn + " DROP DEFAULT");
        }
        out.add(alterColumn + " TYPE " + typeSql + " USING " + (using != null ? using : q(column) + "::text::" + typeSql));
        if (defaultExpr != null && !defaultReplaced) {
            out.add(alterColumn + " SET DEFAULT " + defaultExpr);
        }
        if (replaces) {
            out.add("DROP TYPE " + table(schema, old));
        } else if (unknown) {
            out.add("DROP TYPE IF EXISTS " + table(schema, old));
        }
        return out;
    }

    // An expression key's operator class and order stay outside its parentheses: (body) gin_trgm_ops, (made) DESC.
    private static final java.util.regex.Pattern KEY_SUFFIX = java.util.regex.Pattern.compile(
            "(?is)(.*?)((?:\\s+[a-z_][a-z0-9_.]*_ops)?(?:\\s+(?:ASC|DESC))?(?:\\s+NULLS\\s+(?:FIRST|LAST))?)");

    @Override
    protected String expressionPart(String expression) {
        var m = KEY_SUFFIX.matcher(expression.trim());
        return m.matches() && !m.group(2).isEmpty() ? "(" + m.group(1) + ")" + m.group(2) : "(" + expression + ")";
    }

    @Override
    protected String indexName(String schema, String name) {
        return table(schema, name);
    }

    /** Kinds of other databases, refused here with a hint; any other kind is an access method (gin, gist, brin...). */
    private static final Set<String> NOT_ACCESS_METHODS = Set.of("fulltext", "spatial");

    @Override
    public List<String> createIndex(String schema, String table, Index index, boolean concurrently) {
        if (index.kind() != null && NOT_ACCESS_METHODS.contains(index.kind())) {
            throw unsupported("an index of kind " + index.kind() + " (" + index.name() + ")", "PostgreSQL indexes "
                    + "text with kind(\"gin\") on expressions(\"to_tsvector('english', body)\") and geometry with kind(\"gist\")");
        }
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + q(index.name()) + " ON " + table(schema, table) + (index.kind() == null ? "" : " USING " + index.kind())
                + " (" + indexParts(index) + ")" + (index.where() == null ? "" : " WHERE " + index.where()));
    }

    @Override
    public List<String> dropIndex(String schema, String table, String name, boolean concurrently) {
        return List.of("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + indexName(schema, name));
    }
}
