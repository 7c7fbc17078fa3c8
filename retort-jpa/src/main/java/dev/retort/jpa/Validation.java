package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Bean Validation constraints that Hibernate applies to the DDL ({@code hibernate.validator.apply_to_ddl}, on by
 * default whenever a Bean Validation provider such as hibernate-validator is on the application's classpath), read
 * by name in both {@code jakarta.validation} and {@code javax.validation}, so neither API is needed here:
 *
 * <ul>
 *   <li>{@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}: NOT NULL;</li>
 *   <li>{@code @Size(max)} on a string: its length;</li>
 *   <li>{@code @Min(a)}, {@code @Max(b)}: one {@code check (col<=b and col>=a)};</li>
 *   <li>{@code @Digits(integer, fraction)} on a number: numeric(integer + fraction, fraction).</li>
 * </ul>
 *
 * An application that runs without a provider gets none of these from Hibernate; Retort reads them always
 * (the README says so).
 */
final class Validation {
    private static final List<String> PACKAGES = List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

    private Validation() {
    }

    static boolean notNull(Field field) {
        return find(field, "NotNull") != null || find(field, "NotEmpty") != null || find(field, "NotBlank") != null;
    }

    /** {@code type} with {@code @Size} and {@code @Digits} applied; {@code @Min}/{@code @Max} checks added to {@code checks}. */
    static ColumnType read(Field field, ColumnType type, String column, List<String> checks) {
        if (type == null) {
            return null;
        }
        String quoted = JpaSettings.current().is("h2") ? "\"" + column + "\"" : column;
        // one check, as Hibernate writes it: the upper bound first
        List<String> bounds = new ArrayList<>();
        Annotation max = find(field, "Max");
        if (max != null) {
            bounds.add(quoted + "<=" + Jpa.member(max, "value"));
        }
        Annotation min = find(field, "Min");
        if (min != null) {
            bounds.add(quoted + ">=" + Jpa.member(min, "value"));
        }
        if (!bounds.isEmpty()) {
            checks.add(String.join(" and ", bounds));
        }
        Annotation size = find(field, "Size");
        if (size != null && type.kind() == ColumnType.Kind.VARCHAR && (int) Jpa.member(size, "max") != Integer.MAX_VALUE) {
            return ColumnType.varchar((int) Jpa.member(size, "max"));
        }
        Annotation digits = find(field, "Digits");
        if (digits != null && type.kind() == ColumnType.Kind.NUMERIC) {
            int integer = (int) Jpa.member(digits, "integer");
            int fraction = (int) Jpa.member(digits, "fraction");
            return ColumnType.numeric(integer + fraction, fraction);
        }
        return type;
    }

    private static Annotation find(Field field, String simpleName) {
        return Jpa.named(field, PACKAGES.get(0) + simpleName, PACKAGES.get(1) + simpleName);
    }
}
