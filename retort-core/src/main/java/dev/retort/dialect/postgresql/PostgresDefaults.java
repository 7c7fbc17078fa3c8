package dev.retort.dialect.postgresql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's column defaults reduced to one spelling. {@code pg_get_expr} writes a literal with the
 * cast the column's type needs ({@code 'free'::character varying}, {@code '-1'::integer},
 * {@code 'ok'::mood}); the cast adds nothing a comparison needs, so it is dropped, and a number in
 * quotes cast to a numeric type becomes the bare number. Anything else is kept as written.
 */
final class PostgresDefaults {
    private static final Pattern CAST_LITERAL = Pattern.compile("(?s)('(?:[^']|'')*')((?:::[^':]+)+)");
    private static final Pattern CAST_NUMBER =
            Pattern.compile("\\(?(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\)?((?:::[^':]+)+)");
    private static final Pattern NULL = Pattern.compile("(?i)NULL(?:::[^':]+)*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    private static final Set<String> NUMERIC_TYPES =
            Set.of("integer", "bigint", "smallint", "numeric", "real", "double precision", "int", "int2", "int4",
                    "int8", "float4", "float8", "decimal");

    private PostgresDefaults() {
    }

    static String normalize(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String e = expression.trim();
        if (NULL.matcher(e).matches()) {
            return null;
        }
        Matcher literal = CAST_LITERAL.matcher(e);
        if (literal.matches()) {
            String quoted = literal.group(1);
            String content = quoted.substring(1, quoted.length() - 1);
            return NUMBER.matcher(content).matches() && numericCast(literal.group(2)) ? content : quoted;
        }
        Matcher number = CAST_NUMBER.matcher(e);
        if (number.matches() && numericCast(number.group(2))) {
            return number.group(1);
        }
        return e;
    }

    private static boolean numericCast(String casts) {
        String last = casts.substring(casts.lastIndexOf("::") + 2).trim().toLowerCase(Locale.ROOT);
        int paren = last.indexOf('(');
        return NUMERIC_TYPES.contains(paren < 0 ? last : last.substring(0, paren).trim());
    }
}
