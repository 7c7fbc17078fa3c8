package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enum attributes as Hibernate 6.6's schema export writes them, by database:
 *
 * <ul>
 *   <li>{@code @Enumerated(STRING)}: a native {@code enum(...)} on MariaDB and H2; elsewhere varchar(length) with
 *       {@code check (col in ('A','B'))};</li>
 *   <li>ORDINAL (the default): Hibernate's tinyint (smallint on PostgreSQL and SQLite, which have none) with
 *       {@code check (col between 0 and n-1)}.</li>
 * </ul>
 *
 * The enum class is not initialized: its constants are read as the fields the compiler marks as such.
 */
final class Enums {
    private Enums() {
    }

    /** The column type of enum {@code field}, adding its check to {@code checks}; {@code type} for any other field. */
    static ColumnType read(Field field, ColumnType type, String column, List<String> checks) {
        return read(field, field.getType(), type, column, checks);
    }

    /** As {@link #read(Field, ColumnType, String, List)} for values of {@code valueType} (a collection's elements). */
    static ColumnType read(Field field, Class<?> valueType, ColumnType type, String column, List<String> checks) {
        Convert convert = Jpa.get(field, Convert.class);
        if (!valueType.isEnum() || type == null
                || convert != null && !convert.disableConversion() && !Jpa.isConverterInterface(convert.converter())) {
            return type;
        }
        List<String> names = constants(valueType);
        Enumerated enumerated = Jpa.get(field, Enumerated.class);
        JpaSettings settings = JpaSettings.current();
        String quoted = settings.is("h2") ? "\"" + column + "\"" : column;
        if (enumerated != null && enumerated.value() == EnumType.STRING) {
            if (settings.is("mariadb") || settings.is("h2")) {
                // Hibernate lists a native enum's values in name order
                return ColumnType.enumOf(null, names.stream().sorted().toArray(String[]::new));
            }
            checks.add(quoted + " in (" + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(",")) + ")");
            return type;
        }
        checks.add(quoted + " between 0 and " + (names.size() - 1));
        // Hibernate's tinyint, where the database has one
        return settings.is("mariadb") ? ColumnType.other("tinyint") : settings.is("h2") ? ColumnType.other("TINYINT") : type;
    }

    static List<String> constants(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isEnumConstant()) {
                names.add(f.getName());
            }
        }
        return names;
    }
}
