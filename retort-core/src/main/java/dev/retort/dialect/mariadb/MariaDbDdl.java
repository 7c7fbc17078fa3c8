package dev.retort.dialect.mariadb;

import dev.retort.dialect.BaseDdl;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MariaDB's (and MySQL's) DDL: {@code AUTO_INCREMENT}, inline {@code ENUM(...)}, inline comments, and
 * {@code MODIFY COLUMN} restating the whole column to change its type, nullability or comment, so those
 * changes need the column's current definition (read from the database online); {@code ON UPDATE} is kept.
 * No partial or expression indexes (an expression that is a column with a prefix length, {@code body(100)}, is
 * a key part), no {@code USING}; timestamps are {@code DATETIME(6)} with or without time zone, UUIDs
 * {@code CHAR(36)}.
 */
final class MariaDbDdl extends BaseDdl {
    MariaDbDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String typeSql(ColumnType t) {
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> {
                if (t.length() == null) {
                    throw unsupported("a VARCHAR without a length", "give it a length, or use text()");
                }
                yield "VARCHAR(" + t.length() + ")";
            }
            case CHAR -> t.length() == null ? "CHAR" : "CHAR(" + t.length() + ")";
            case TEXT -> "TEXT";
            case NUMERIC -> numeric("DECIMAL", t);
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case TIMESTAMP -> "DATETIME(6)";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case BINARY -> t.length() == null ? "LONGBLOB" : "VARBINARY(" + t.length() + ")";
            case ENUM -> "ENUM(" + t.enumValues().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
            case OTHER -> t.sql();
        };
    }

    @Override
    protected String autoIncrementClause() {
        return " AUTO_INCREMENT";
    }

    @Override
    protected String onUpdateClause(String table, Column c) {
        return " ON UPDATE " + c.onUpdate();
    }

    @Override
    public List<String> alterColumnOnUpdate(String schema, String table, Column current, String column, String expression) {
        return List.of(modify(schema, table, current == null ? null : current.withOnUpdate(expression),
                "alterColumn onUpdate"));
    }

    @Override
    protected String inlineColumnSuffix(String schema, String table, Column c) {
        return c.comment() == null ? "" : " COMMENT " + literal(c.comment());
    }

    @Override
    protected String tableOptions(Table t) {
        return t.comment() == null ? "" : " COMMENT = " + literal(t.comment());
    }

    @Override
    protected List<String> commentsOf(Table t) {
        return List.of();
    }

    @Override
    public List<String> addColumn(String schema, String table, Column column) {
        return List.of(alterTable(schema, table) + "ADD COLUMN " + columnDefinition(schema, table, column));
    }

    @Override
    public boolean alterNeedsCurrentColumn() {
        return true;
    }

    private String modify(String schema, String table, Column current, String operation) {
        if (current == null) {
            throw unsupported(operation + " without the column's current definition", "MariaDB restates the whole "
                    + "column; run online, or pass it with alterColumn(..., a -> a.existing(column(...)))");
        }
        return alterTable(schema, table) + "MODIFY COLUMN " + columnDefinition(schema, table, current);
    }

    @Override
    public List<String> alterColumnType(String schema, String table, Column current, String column, ColumnType type,
            String using) {
        if (using != null) {
            throw unsupported("alterColumn with a USING expression", "convert the values with op.execute(\"UPDATE ...\") "
                    + "before or after changing the type");
        }
        return List.of(modify(schema, table, current == null ? null : current.withType(type), "alterColumn type"));
    }

    @Override
    public List<String> alterColumnNullable(String schema, String table, Column current, String column, boolean nullable) {
        return List.of(modify(schema, table, current == null ? null : current.withNullable(nullable), "alterColumn nullable"));
    }

    @Override
    public List<String> alterColumnComment(String schema, String table, Column current, String column, String comment) {
        return List.of(modify(schema, table, current == null ? null : current.withComment(comment), "alterColumn comment"));
    }

    @Override
    public List<String> tableComment(String schema, String table, String comment) {
        return List.of(alterTable(schema, table) + "COMMENT = " + literal(comment == null ? "" : comment));
    }

    @Override
    public List<String> createIndex(String schema, String table, Index index, boolean concurrently) {
        if (index.where() != null) {
            throw unsupported("createIndex with a WHERE clause (a partial index)", "drop the where(...) on MariaDB, or "
                    + "index a generated column instead");
        }
        if (!index.expressions().stream().allMatch(e -> KEY_PART.matcher(e.trim()).matches())) {
            throw unsupported("createIndex on expressions", "add a generated column holding the expression and index it");
        }
        requireKind(index, Set.of("fulltext", "spatial", "hash"));
        String prefix = "fulltext".equals(index.kind()) || "spatial".equals(index.kind())
                ? index.kind().toUpperCase(Locale.ROOT) + " " : index.unique() ? "UNIQUE " : "";
        return List.of("CREATE " + prefix + "INDEX " + q(index.name()) + ("hash".equals(index.kind()) ? " USING HASH" : "")
                + " ON " + table(schema, table) + " (" + indexParts(index) + ")");
    }

    // A column, with a prefix length or not: body(100), `Line No`(10), title.
    static final Pattern KEY_PART = Pattern.compile("(?:`((?:[^`]|``)+)`|([A-Za-z0-9_$]+))\\s*(\\(\\d+\\))?");

    @Override
    protected String expressionPart(String expression) {
        Matcher m = KEY_PART.matcher(expression.trim());
        String name = !m.matches() ? null : m.group(1) != null ? m.group(1).replace("``", "`") : m.group(2);
        return name == null ? expression : q(name) + (m.group(3) == null ? "" : m.group(3));
    }

    @Override
    public List<String> dropIndex(String schema, String table, String name, boolean concurrently) {
        return List.of("DROP INDEX " + q(name) + " ON " + table(schema, table));
    }

    @Override
    public List<String> dropConstraint(String schema, String table, String name, ConstraintKind kind) {
        if (kind == null) {
            return super.dropConstraint(schema, table, name, null);
        }
        return List.of(alterTable(schema, table) + switch (kind) {
            case PRIMARY_KEY -> "DROP PRIMARY KEY";
            // The index MariaDB made for the key, named after it, would outlive it.
            case FOREIGN_KEY -> "DROP FOREIGN KEY " + q(name) + ", DROP INDEX IF EXISTS " + q(name);
            case UNIQUE -> "DROP INDEX " + q(name);
            case CHECK -> "DROP CONSTRAINT " + q(name);
        });
    }
}
