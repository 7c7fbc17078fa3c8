package dev.retort.dialect.h2;

import dev.retort.dialect.BaseDdl;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Index;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * H2's DDL: the SQL standard's, with {@code ENUM(...)} inline, {@code CLOB} for text, and no partial,
 * expression or concurrent indexes (concurrently is ignored; the others are refused).
 */
final class H2Ddl extends BaseDdl {
    H2Ddl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String typeSql(ColumnType t) {
        return switch (t.kind()) {
            case TEXT -> "CLOB";
            case JSON -> "JSON";
            case BINARY -> t.length() == null ? "BLOB" : "VARBINARY(" + t.length() + ")";
            case ENUM -> "ENUM(" + t.enumValues().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
            default -> standardTypeSql(t);
        };
    }

    @Override
    protected String onUpdateClause(String table, Column c) {
        return " ON UPDATE " + c.onUpdate();
    }

    @Override
    public List<String> alterColumnOnUpdate(String schema, String table, Column current, String column, String expression) {
        return List.of(alterTable(schema, table) + "ALTER COLUMN " + q(column)
                + (expression == null ? " DROP ON UPDATE" : " SET ON UPDATE " + expression));
    }

    @Override
    protected String indexName(String schema, String name) {
        return table(schema, name);
    }

    @Override
    public List<String> createIndex(String schema, String table, Index index, boolean concurrently) {
        if (index.where() != null) {
            throw unsupported("createIndex with a WHERE clause (a partial index)", "H2 has no partial indexes; "
                    + "drop the where(...) for H2");
        }
        if (!index.expressions().isEmpty()) {
            throw unsupported("createIndex on expressions", "H2 indexes columns only; add a generated column "
                    + "holding the expression and index it");
        }
        requireKind(index, Set.of("spatial", "hash"));
        String kind = index.kind() == null ? "" : index.kind().toUpperCase(Locale.ROOT) + " ";
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + kind + "INDEX " + q(index.name()) + " ON "
                + table(schema, table) + " (" + indexParts(index) + ")");
    }

    @Override
    public List<String> dropConstraint(String schema, String table, String name, ConstraintKind kind) {
        if (kind == ConstraintKind.PRIMARY_KEY) {
            return List.of(alterTable(schema, table) + "DROP PRIMARY KEY");
        }
        return super.dropConstraint(schema, table, name, kind);
    }
}
