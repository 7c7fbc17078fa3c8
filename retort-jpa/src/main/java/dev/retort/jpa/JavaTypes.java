package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;

/**
 * The portable column type of a basic attribute, as Hibernate 6 would choose it:
 *
 * <ul>
 *   <li>{@code @Column(columnDefinition)} wins: its type part, read by {@link ColumnDefinition#parse(String)}
 *       (a known type's portable one, {@link ColumnType#other(String)} otherwise);</li>
 *   <li>{@code @Convert(converter = X.class)} maps the converter's database-side type instead;</li>
 *   <li>{@code String}, {@code char[]}: varchar({@code @Column.length}, 255 by default); with {@code @Lob}: text;</li>
 *   <li>{@code byte[]}: binary, with or without {@code @Lob}; {@code char}: char(1);</li>
 *   <li>{@code BigDecimal}: numeric(precision, scale), Hibernate's numeric(38, 2) when neither is given;
 *       {@code BigInteger}: numeric(precision or 38, 0);</li>
 *   <li>enums: {@code @Enumerated(STRING)} is varchar(length) (Hibernate 6 maps it to a character type,
 *       not to a database enum); ORDINAL, the JPA default, is smallint;</li>
 *   <li>{@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}: timestamp with time zone;
 *       {@code java.util.Date}/{@code Calendar}: by {@code @Temporal}, timestamp without it.</li>
 * </ul>
 */
final class JavaTypes {
    static final int DEFAULT_LENGTH = 255;
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;

    private JavaTypes() {
    }

    /**
     * The type of {@code field}, or null when there is no portable one.
     *
     * @param column the field's {@code @Column}, or the {@code @AttributeOverride}'s that replaces it; may be null
     */
    static ColumnType of(Field field, Column column) {
        Class<?> javaType = field.getType();
        if (column != null && !column.columnDefinition().isBlank()) {
            return ColumnDefinition.parse(column.columnDefinition()).type();
        }
        Convert convert = Jpa.get(field, Convert.class);
        if (convert != null && !convert.disableConversion() && !Jpa.isConverterInterface(convert.converter())) {
            Class<?> databaseType = converterTarget(convert.converter());
            return databaseType == null ? null : basic(databaseType, column, false, null, null);
        }
        if (Collection.class.isAssignableFrom(javaType) || javaType.isArray() && basic(javaType, column, false, null, null) == null) {
            return array(field, column);
        }
        Enumerated enumerated = Jpa.get(field, Enumerated.class);
        Temporal temporal = Jpa.get(field, Temporal.class);
        return basic(javaType, column, Jpa.has(field, Lob.class),
                enumerated == null ? EnumType.ORDINAL : enumerated.value(), temporal);
    }

    static ColumnType basic(Class<?> type, Column column, boolean lob, EnumType enumType, Temporal temporal) {
        int length = column == null ? DEFAULT_LENGTH : column.length();
        if (type == String.class || type == char[].class || type == Character[].class) {
            return lob ? ColumnType.text() : ColumnType.varchar(length);
        }
        if (type == byte[].class || type == Byte[].class || type == java.sql.Blob.class) {
            return ColumnType.binary();
        }
        if (type == java.sql.Clob.class) {
            return ColumnType.text();
        }
        if (type.isEnum()) {
            return enumType == EnumType.STRING ? ColumnType.varchar(length) : ColumnType.smallint();
        }
        if (type == long.class || type == Long.class) {
            return ColumnType.bigint();
        }
        if (type == int.class || type == Integer.class || type == Year.class) {
            return ColumnType.integer();
        }
        if (type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return ColumnType.smallint();
        }
        if (type == boolean.class || type == Boolean.class) {
            return ColumnType.bool();
        }
        if (type == double.class || type == Double.class) {
            return ColumnType.doublePrecision();
        }
        if (type == float.class || type == Float.class) {
            return ColumnType.real();
        }
        if (type == char.class || type == Character.class) {
            return ColumnType.fixedChar(1);
        }
        if (type == BigDecimal.class) {
            int precision = column == null ? 0 : column.precision();
            int scale = column == null ? 0 : column.scale();
            return precision == 0 && scale == 0
                    ? ColumnType.numeric(DEFAULT_PRECISION, DEFAULT_SCALE)
                    : ColumnType.numeric(precision == 0 ? DEFAULT_PRECISION : precision, scale);
        }
        if (type == BigInteger.class) {
            int precision = column == null ? 0 : column.precision();
            return ColumnType.numeric(precision == 0 ? DEFAULT_PRECISION : precision, 0);
        }
        if (type == UUID.class) {
            return ColumnType.uuid();
        }
        return temporal(type, temporal);
    }

    private static ColumnType temporal(Class<?> type, Temporal temporal) {
        if (type == LocalDate.class || type == java.sql.Date.class) {
            return ColumnType.date();
        }
        if (type == LocalTime.class || type == java.sql.Time.class) {
            return ColumnType.time(false);
        }
        if (type == OffsetTime.class) {
            return ColumnType.time(true);
        }
        if (type == LocalDateTime.class || type == java.sql.Timestamp.class) {
            return ColumnType.timestamp(false);
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return ColumnType.timestamp(true);
        }
        if (Date.class.isAssignableFrom(type) || Calendar.class.isAssignableFrom(type)) {
            if (temporal == null) {
                return ColumnType.timestamp(false);
            }
            return switch (temporal.value()) {
                case DATE -> ColumnType.date();
                case TIME -> ColumnType.time(false);
                case TIMESTAMP -> ColumnType.timestamp(false);
            };
        }
        return null;
    }

    /**
     * A basic collection or array ({@code List<String>}, {@code Integer[]}) as Hibernate 6.6 maps it: a native array
     * on PostgreSQL and H2, varbinary(length) on MariaDB, a blob on SQLite; null for other element types.
     */
    private static ColumnType array(Field field, Column column) {
        Class<?> element = field.getType().isArray() ? field.getType().getComponentType()
                : field.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
        int length = column == null ? DEFAULT_LENGTH : column.length();
        String pg = element == String.class ? "character varying(" + length + ")"
                : element == Integer.class || element == int.class ? "integer"
                : element == Long.class || element == long.class ? "bigint" : null;
        if (pg == null) {
            return null;
        }
        JpaSettings settings = JpaSettings.current();
        if (settings.is("mariadb")) {
            return new ColumnType(ColumnType.Kind.BINARY, length, null, null, false, null, List.of(), null);
        }
        if (settings.is("sqlite")) {
            return ColumnType.binary();
        }
        if (settings.is("h2")) {
            return ColumnType.other((element == String.class ? "CHARACTER VARYING" : pg.toUpperCase(java.util.Locale.ROOT)) + " ARRAY");
        }
        return ColumnType.other(pg + "[]");
    }

    /**
     * The {@code Y} of {@code AttributeConverter<X, Y>} (jakarta or javax), looking through superclasses and
     * super-interfaces, with type arguments bound anywhere on the way ({@code class C extends Base<Money, String>}).
     */
    static Class<?> converterTarget(Class<?> converter) {
        return target(converter, new HashMap<>());
    }

    private static Class<?> target(Type type, Map<TypeVariable<?>, Type> bound) {
        Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
        if (raw == null || raw == Object.class) {
            return null;
        }
        Map<TypeVariable<?>, Type> here = new HashMap<>(bound);
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                Type arg = p.getActualTypeArguments()[i];
                here.put(vars[i], arg instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : arg);
            }
        }
        if (Jpa.isConverterInterface(raw)) {
            Type y = here.get(raw.getTypeParameters()[1]);
            return y instanceof Class<?> c ? c : y instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
        }
        List<Type> supers = new ArrayList<>(List.of(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supers.add(raw.getGenericSuperclass());
        }
        for (Type s : supers) {
            Class<?> found = target(s, here);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
