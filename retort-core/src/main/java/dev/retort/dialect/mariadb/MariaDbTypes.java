package dev.retort.dialect.mariadb;

import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MariaDB's column types, as {@code information_schema.COLUMNS} reports them, back to Retort's portable
 * kinds. {@code tinyint(1)} is BOOLEAN (MariaDB's own spelling of BOOL); {@code datetime} is a TIMESTAMP
 * without time zone and {@code timestamp}, stored as UTC and shown in the session's zone, one with; the
 * {@code text} family but {@code tinytext} is TEXT; {@code blob}s but {@code tinyblob} are BINARY and
 * {@code varbinary(n)} BINARY of n bytes; a {@code set(...)} is OTHER with its members as written. JSON is found by the caller (MariaDB stores it as
 * {@code longtext} with a check). Unsigned integers and the rest are OTHER, without display widths.
 */
final class MariaDbTypes {
    private MariaDbTypes() {
    }

    /**
     * @param dataType   {@code DATA_TYPE}: int, varchar, enum...
     * @param columnType {@code COLUMN_TYPE}: int(11) unsigned, varchar(20), enum('a','b')...
     */
    static ColumnType toColumnType(String dataType, String columnType, Long length, Integer precision, Integer scale) {
        String full = columnType.toLowerCase(Locale.ROOT);
        boolean unsigned = full.contains("unsigned") || full.contains("zerofill");
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint" -> full.equals("tinyint(1)") ? ColumnType.bool() : other(full);
            case "smallint" -> unsigned ? other(full) : ColumnType.smallint();
            case "int" -> unsigned ? other(full) : ColumnType.integer();
            case "bigint" -> unsigned ? other(full) : ColumnType.bigint();
            case "decimal" -> unsigned ? other(full) : ColumnType.numeric(precision, scale);
            case "float" -> full.equals("float") ? ColumnType.real() : other(full);
            case "double" -> full.equals("double") ? ColumnType.doublePrecision() : other(full);
            case "varchar" -> ColumnType.varchar(length.intValue());
            case "char" -> ColumnType.fixedChar(length.intValue());
            case "text", "mediumtext", "longtext" -> ColumnType.text();
            case "date" -> ColumnType.date();
            case "time" -> ColumnType.time(false);
            case "datetime" -> ColumnType.timestamp(false);
            case "timestamp" -> ColumnType.timestamp(true);
            case "blob", "mediumblob", "longblob" -> ColumnType.binary();
            case "varbinary" -> new ColumnType(ColumnType.Kind.BINARY, length.intValue(), null, null, false, null,
                    null, null);
            case "uuid" -> ColumnType.uuid();
            case "json" -> ColumnType.json();
            case "enum" -> new ColumnType(ColumnType.Kind.ENUM, null, null, null, false, null, enumValues(columnType),
                    null);
            // The members as written: 'Trailers' and 'trailers' are different members.
            case "set" -> ColumnType.other("set" + columnType.trim().substring(3));
            default -> other(full);
        };
    }

    // int(11) unsigned -> int unsigned: the display width means nothing to the stored values.
    private static ColumnType other(String columnType) {
        return ColumnType.other(columnType.replaceFirst("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1"));
    }

    /** The values of {@code enum('a','b''c')}, unquoted. */
    static List<String> enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        int i = columnType.indexOf('(') + 1;
        while (i < columnType.length() && columnType.charAt(i) == '\'') {
            StringBuilder value = new StringBuilder();
            i++;
            while (i < columnType.length()) {
                char c = columnType.charAt(i);
                if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    value.append(c);
                    i++;
                }
            }
            values.add(value.toString());
            if (i < columnType.length() && columnType.charAt(i) == ',') {
                i++;
            }
        }
        return values;
    }
}
