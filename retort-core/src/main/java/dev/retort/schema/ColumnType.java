package dev.retort.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column's type in Retort's portable type set; each dialect maps it to its own SQL type and back.
 * Types a dialect has that the set lacks are carried as {@link Kind#OTHER} with the database's own text.
 *
 * <pre>{@code
 * ColumnType.varchar(255); ColumnType.numeric(10, 2); ColumnType.timestamp(true);
 * ColumnType.enumOf("plan_kind", "free", "pro"); ColumnType.other("tsvector");
 * }</pre>
 *
 * @param length     characters for VARCHAR/CHAR, bytes for BINARY when bounded; null otherwise
 * @param precision  digits for NUMERIC; null for unbounded
 * @param scale      fractional digits for NUMERIC
 * @param timeZone   TIME/TIMESTAMP with time zone
 * @param enumName   the enum type's name (PostgreSQL creates a named type), null elsewhere
 * @param enumValues ENUM's values, in order
 * @param sql        the database's own text for {@link Kind#OTHER}
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, boolean timeZone,
                         String enumName, List<String> enumValues, String sql) {

    /** The portable kinds. */
    public enum Kind {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, VARCHAR, CHAR, TEXT, NUMERIC, REAL, DOUBLE,
        DATE, TIME, TIMESTAMP, UUID, JSON, BINARY, ENUM, OTHER
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        if (kind == Kind.ENUM && enumValues.isEmpty()) {
            throw new IllegalArgumentException("an ENUM needs at least one value");
        }
        if (kind == Kind.OTHER && (sql == null || sql.isBlank())) {
            throw new IllegalArgumentException("an OTHER type needs its SQL text");
        }
        if (length != null && length <= 0) {
            throw new IllegalArgumentException("length must be positive, got " + length);
        }
    }

    private static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, false, null, List.of(), null);
    }

    public static ColumnType smallint() { return of(Kind.SMALLINT); }
    public static ColumnType integer() { return of(Kind.INTEGER); }
    public static ColumnType bigint() { return of(Kind.BIGINT); }
    public static ColumnType bool() { return of(Kind.BOOLEAN); }
    public static ColumnType text() { return of(Kind.TEXT); }
    public static ColumnType real() { return of(Kind.REAL); }
    public static ColumnType doublePrecision() { return of(Kind.DOUBLE); }
    public static ColumnType date() { return of(Kind.DATE); }
    public static ColumnType uuid() { return of(Kind.UUID); }
    public static ColumnType json() { return of(Kind.JSON); }
    public static ColumnType binary() { return of(Kind.BINARY); }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, null, null, false, null, List.of(), null);
    }

    public static ColumnType fixedChar(int length) {
        return new ColumnType(Kind.CHAR, length, null, null, false, null, List.of(), null);
    }

    public static ColumnType numeric(Integer precision, Integer scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, false, null, List.of(), null);
    }

    public static ColumnType time(boolean timeZone) {
        return new ColumnType(Kind.TIME, null, null, null, timeZone, null, List.of(), null);
    }

    public static ColumnType timestamp(boolean timeZone) {
        return new ColumnType(Kind.TIMESTAMP, null, null, null, timeZone, null, List.of(), null);
    }

    public static ColumnType enumOf(String name, String... values) {
        return new ColumnType(Kind.ENUM, null, null, null, false, name, List.of(values), null);
    }

    /** A database-specific type, kept as the database spells it. */
    public static ColumnType other(String sql) {
        return new ColumnType(Kind.OTHER, null, null, null, false, null, List.of(), sql.trim());
    }

    /** A short, readable spelling for messages and summaries, e.g. {@code varchar(255)}. */
    public String describe() {
        String base = kind.name().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case VARCHAR, CHAR -> length == null ? base : base + "(" + length + ")";
            case NUMERIC -> precision == null ? base : base + "(" + precision + (scale == null ? "" : ", " + scale) + ")";
            case TIME, TIMESTAMP -> timeZone ? base + " with time zone" : base;
            case ENUM -> "enum" + (enumName == null ? "" : " " + enumName) + enumValues;
            case OTHER -> sql;
            default -> base;
        };
    }
}
