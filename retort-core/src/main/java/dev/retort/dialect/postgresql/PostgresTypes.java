package dev.retort.dialect.postgresql;

import dev.retort.schema.ColumnType;
import java.util.List;

/** PostgreSQL's types, as {@code pg_type} names them, back to Retort's portable kinds. */
final class PostgresTypes {
    private PostgresTypes() {
    }

    /**
     * @param typname    {@code pg_type.typname}: int4, varchar, timestamptz, an enum's name...
     * @param typtype    {@code pg_type.typtype}: b base, e enum, d domain, c composite, r range
     * @param typmod     {@code pg_attribute.atttypmod}, -1 when the type has no modifier
     * @param formatted  {@code format_type(atttypid, atttypmod)}, kept for types outside the portable set
     * @param enumLabels the enum's labels in order, for an enum
     */
    static ColumnType toColumnType(String typname, String typtype, int typmod, String formatted,
                                   List<String> enumLabels) {
        if ("e".equals(typtype)) {
            return new ColumnType(ColumnType.Kind.ENUM, null, null, null, false, typname, enumLabels, null);
        }
        if (!"b".equals(typtype) || typname.startsWith("_")) {
            return ColumnType.other(formatted);
        }
        return switch (typname) {
            case "int2" -> ColumnType.smallint();
            case "int4" -> ColumnType.integer();
            case "int8" -> ColumnType.bigint();
            case "bool" -> ColumnType.bool();
            case "text" -> ColumnType.text();
            case "varchar" -> typmod < 0
                    ? new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, null, null)
                    : ColumnType.varchar(typmod - 4);
            case "bpchar" -> ColumnType.fixedChar(typmod < 0 ? 1 : typmod - 4);
            case "numeric" -> typmod < 0 ? ColumnType.numeric(null, null)
                    : ColumnType.numeric(((typmod - 4) >> 16) & 0xffff, (int) (short) ((typmod - 4) & 0xffff));
            case "float4" -> ColumnType.real();
            case "float8" -> ColumnType.doublePrecision();
            case "date" -> ColumnType.date();
            case "time" -> ColumnType.time(false);
            case "timetz" -> ColumnType.time(true);
            case "timestamp" -> ColumnType.timestamp(false);
            case "timestamptz" -> ColumnType.timestamp(true);
            case "uuid" -> ColumnType.uuid();
            case "json" -> ColumnType.json();
            case "bytea" -> ColumnType.binary();
            default -> ColumnType.other(formatted);
        };
    }
}
