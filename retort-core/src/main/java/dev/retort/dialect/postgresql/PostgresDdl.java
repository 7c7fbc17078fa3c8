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

    @Override
    public List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using) {
        Column target = Column.of(column, type);
        List<String> out = new ArrayList<>(createEnums(schema, table, List.of(target)));
        out.add(alterTable(schema, table) + "ALTER COLUMN " + q(column) + " TYPE " + columnTypeSql(schema, table, target)
                + (using == null ? "" : " USING " + using));
        return out;
    }

    @Override
    protected String indexName(String schema, String name) {
        return table(schema, name);
    }

    @Override
    public List<String> createIndex(String schema, String table, Index index, boolean concurrently) {
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + q(index.name()) + " ON " + table(schema, table) + " (" + indexParts(index) + ")"
                + (index.where() == null ? "" : " WHERE " + index.where()));
    }

    @Override
    public List<String> dropIndex(String schema, String table, String name, boolean concurrently) {
        return List.of("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + indexName(schema, name));
    }
}
