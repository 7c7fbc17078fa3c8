package dev.retort.dialect.sqlite;

import dev.retort.dialect.BaseDdl;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLite's DDL. SQLite adds and renames columns in place; every other change to a table (types, nullability,
 * defaults, dropping columns, adding or dropping constraints) is a rebuild: the changed table is created under
 * a temporary name, the rows copied, the old table dropped, the new one renamed and its indexes recreated.
 * Comments do not exist in SQLite: comment changes render nothing. An enum is a {@code VARCHAR} with a
 * {@code CHECK}; a generated key is an {@code INTEGER} primary key (SQLite's rowid).
 */
final class SqliteDdl extends BaseDdl {
    SqliteDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String typeSql(ColumnType t) {
        return switch (t.kind()) {
            case DOUBLE -> "DOUBLE";
            case JSON -> "JSON";
            case BINARY -> "BLOB";
            case ENUM -> "VARCHAR(" + t.enumValues().stream().mapToInt(String::length).max().orElse(1) + ")";
            default -> standardTypeSql(t);
        };
    }

    // Only a column declared INTEGER PRIMARY KEY becomes the rowid, which SQLite fills in itself.
    @Override
    public String columnTypeSql(String schema, String table, Column c) {
        return c.autoIncrement() ? "INTEGER" : typeSql(c.type());
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    public List<String> createSequence(Sequence s) {
        throw unsupported("createSequence " + s.name(), "SQLite has no sequences; use an INTEGER PRIMARY KEY (autoIncrement)");
    }

    @Override
    public List<String> dropSequence(String schema, String name) {
        throw unsupported("dropSequence " + name, "SQLite has no sequences");
    }

    @Override
    public List<String> alterSequence(Sequence s) {
        throw unsupported("alterSequence " + s.name(), "SQLite has no sequences");
    }

    @Override
    public boolean supportsComments() {
        return false;
    }

    @Override
    public boolean generatesValues(Table table, Column column) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()))
                && "INTEGER".equalsIgnoreCase(columnTypeSql(table.schema(), table.name(), column));
    }

    @Override
    protected String autoIncrementClause() {
        return "";
    }

    @Override
    protected String inlineColumnSuffix(String schema, String table, Column c) {
        if (c.type().kind() != ColumnType.Kind.ENUM) {
            return "";
        }
        return " CHECK (" + q(c.name()) + " IN ("
                + c.type().enumValues().stream().map(this::literal).collect(Collectors.joining(", ")) + "))";
    }

    @Override
    public Support support(Change change) {
        return switch (change) {
            case ADD_COLUMN, RENAME_COLUMN, COLUMN_COMMENT -> Support.IN_PLACE;
            default -> Support.REBUILD;
        };
    }

    @Override
    protected List<String> commentsOf(Table t) {
        return List.of();
    }

    @Override
    public List<String> alterColumnComment(String schema, String table, Column current, String column, String comment) {
        return List.of();
    }

    @Override
    public List<String> tableComment(String schema, String table, String comment) {
        return List.of();
    }

    @Override
    protected String indexName(String schema, String name) {
        return table(schema, name);
    }

    @Override
    public List<String> createIndex(String schema, String table, Index index, boolean concurrently) {
        // An index lives in its table's schema; only the index's own name takes the schema prefix.
        requireKind(index, Set.of());
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + indexName(schema, index.name())
                + " ON " + q(table) + " (" + indexParts(index) + ")"
                + (index.where() == null ? "" : " WHERE " + index.where()));
    }

    @Override
    public List<String> rebuildTable(Table from, Table to, Map<String, String> sources) {
        String temporary = REBUILD_PREFIX + to.name();
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(to, temporary));
        List<String> targets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Column c : to.columns()) {
            String source = sources.get(c.name());
            if (source != null) {
                targets.add(q(c.name()));
                values.add(source);
            }
        }
        if (!targets.isEmpty()) {
            out.add("INSERT INTO " + table(to.schema(), temporary) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", values) + " FROM " + table(from.schema(), from.name()));
        }
        out.add("DROP TABLE " + table(from.schema(), from.name()));
        out.add("ALTER TABLE " + table(to.schema(), temporary) + " RENAME TO " + q(to.name()));
        for (Index i : to.indexes()) {
            out.addAll(createIndex(to.schema(), to.name(), i, false));
        }
        return out;
    }
}
