package dev.retort.dialect.h2;

import dev.retort.schema.ColumnType;
import java.util.List;

/**
 * H2 2.x's data types, as {@code INFORMATION_SCHEMA.COLUMNS.DATA_TYPE} names them, back to Retort's
 * portable kinds. {@code CHARACTER LARGE OBJECT} (what H2 makes of {@code TEXT}) is TEXT,
 * {@code BINARY LARGE OBJECT} BINARY and {@code BINARY VARYING(n)} BINARY of n bytes. H2 2.x stores
 * {@code TEXT} and a {@code VARCHAR} without a length alike, as {@code CHARACTER VARYING} of its maximum
 * length: both read back as a VARCHAR without a length, which is what Retort declares for one (Retort
 * declares TEXT as {@code CLOB}), so models and database compare equal.
 */
final class H2Types {
    // What H2 reports as the length of CHARACTER VARYING declared without one.
    private static final long MAX_LENGTH = 1_000_000_000L;

    private H2Types() {
    }

    /**
     * @param length      CHARACTER_MAXIMUM_LENGTH (H2's maximum when none was declared)
     * @param precision   DECLARED_NUMERIC_PRECISION (null when not declared)
     * @param scale       DECLARED_NUMERIC_SCALE
     * @param enumValues  for an ENUM, its values in order
     * @param elementType for an ARRAY, its element's DATA_TYPE
     */
    static ColumnType toColumnType(String dataType, Long length, Integer precision, Integer scale,
                                   List<String> enumValues, String elementType) {
        return switch (dataType) {
            case "SMALLINT" -> ColumnType.smallint();
            case "INTEGER" -> ColumnType.integer();
            case "BIGINT" -> ColumnType.bigint();
            case "BOOLEAN" -> ColumnType.bool();
            case "CHARACTER VARYING" -> length == null || length >= MAX_LENGTH
                    ? new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, null, null)
                    : ColumnType.varchar(length.intValue());
            case "CHARACTER" -> ColumnType.fixedChar(length.intValue());
            case "CHARACTER LARGE OBJECT" -> ColumnType.text();
            case "NUMERIC" -> ColumnType.numeric(precision, precision == null ? null : scale);
            case "REAL" -> ColumnType.real();
            case "DOUBLE PRECISION" -> ColumnType.doublePrecision();
            case "DATE" -> ColumnType.date();
            case "TIME" -> ColumnType.time(false);
            case "TIME WITH TIME ZONE" -> ColumnType.time(true);
            case "TIMESTAMP" -> ColumnType.timestamp(false);
            case "TIMESTAMP WITH TIME ZONE" -> ColumnType.timestamp(true);
            case "UUID" -> ColumnType.uuid();
            case "JSON" -> ColumnType.json();
            case "BINARY LARGE OBJECT" -> ColumnType.binary();
            case "BINARY VARYING" -> new ColumnType(ColumnType.Kind.BINARY,
                    length == null || length >= MAX_LENGTH ? null : length.intValue(), null, null, false, null, null,
                    null);
            case "ENUM" -> new ColumnType(ColumnType.Kind.ENUM, null, null, null, false, null, enumValues, null);
            case "ARRAY" -> ColumnType.other(elementType == null ? "ARRAY" : elementType + " ARRAY");
            default -> ColumnType.other(dataType);
        };
    }
}
