package dev.retort.dialect.sqlite;

import dev.retort.schema.ColumnType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite keeps a column's type as it was declared, and derives only an affinity from it; this maps the
 * declared names Retort and the usual tools write back to portable kinds: {@code INTEGER}/{@code INT},
 * {@code VARCHAR(n)}, {@code NUMERIC(p, s)}, {@code DATETIME} (a TIMESTAMP), {@code BLOB} (BINARY)...
 * Any other declaration is OTHER with the text as declared; a column declared without a type is
 * {@code OTHER("ANY")}, the name STRICT tables give a column that takes any value.
 */
final class SqliteTypes {
    // NAME, NAME(n) or NAME(p, s), upper case, single spaces.
    private static final Pattern DECLARED =
            Pattern.compile("([A-Z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private SqliteTypes() {
    }

    static ColumnType toColumnType(String declared) {
        if (declared == null || declared.isBlank()) {
            return ColumnType.other("ANY");
        }
        String text = declared.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = DECLARED.matcher(text);
        if (!m.matches()) {
            return ColumnType.other(declared);
        }
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean bare = first == null;
        ColumnType type = switch (m.group(1)) {
            case "INTEGER", "INT" -> bare ? ColumnType.integer() : null;
            case "BIGINT" -> bare ? ColumnType.bigint() : null;
            case "SMALLINT" -> bare ? ColumnType.smallint() : null;
            case "BOOLEAN", "BOOL" -> bare ? ColumnType.bool() : null;
            case "VARCHAR", "CHARACTER VARYING" -> bare
                    ? new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, null, null)
                    : ColumnType.varchar(first);
            case "CHAR", "CHARACTER" -> ColumnType.fixedChar(bare ? 1 : first);
            case "TEXT" -> bare ? ColumnType.text() : null;
            case "NUMERIC", "DECIMAL" -> ColumnType.numeric(first, second);
            case "REAL", "FLOAT" -> bare ? ColumnType.real() : null;
            case "DOUBLE", "DOUBLE PRECISION" -> bare ? ColumnType.doublePrecision() : null;
            case "DATE" -> bare ? ColumnType.date() : null;
            case "TIME" -> bare ? ColumnType.time(false) : null;
            case "TIME WITH TIME ZONE", "TIMETZ" -> bare ? ColumnType.time(true) : null;
            case "TIMESTAMP", "DATETIME" -> bare ? ColumnType.timestamp(false) : null;
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> bare ? ColumnType.timestamp(true) : null;
            case "UUID" -> bare ? ColumnType.uuid() : null;
            case "JSON" -> bare ? ColumnType.json() : null;
            case "BLOB", "BINARY", "VARBINARY", "BYTEA" -> new ColumnType(ColumnType.Kind.BINARY, first, null, null,
                    false, null, null, null);
            default -> null;
        };
        return type != null ? type : ColumnType.other(declared);
    }
}
