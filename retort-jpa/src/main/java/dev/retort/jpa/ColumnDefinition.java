package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition)} taken apart: the type, read as a portable {@link ColumnType} when it names a
 * known one ({@code int}, {@code varchar(20)}, {@code numeric(10,2)}, {@code timestamptz}, ...) and kept as
 * {@link ColumnType#other(String)} otherwise, and the trailing clauses Hibernate would pass through:
 * {@code DEFAULT <expr>}, {@code NOT NULL}/{@code NULL}, {@code UNIQUE}, {@code PRIMARY KEY}.
 *
 * <p>A definition with any other clause ({@code CHECK}, {@code REFERENCES}, {@code COLLATE}, ...) is kept whole as
 * {@code other(definition)}, as before, rather than lose the clause.
 *
 * @param type          the column's type
 * @param serverDefault the DEFAULT expression as written, or null
 * @param notNull       TRUE for NOT NULL (or PRIMARY KEY), FALSE for an explicit NULL, null when neither is said
 * @param unique        UNIQUE was said
 */
record ColumnDefinition(ColumnType type, String serverDefault, Boolean notNull, boolean unique) {
    private static final List<String> CLAUSES = List.of("default", "not null", "null", "unique", "primary key");
    private static final List<String> UNSUPPORTED = List.of("check", "references", "collate", "constraint",
            "generated", "auto_increment", "autoincrement", "identity", "comment", "on update", "character set",
            "charset", "as");

    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern NUMERIC = Pattern.compile("(numeric|decimal|dec)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    static ColumnDefinition parse(String definition) {
        String text = definition.trim();
        int typeEnd = nextKeyword(text, 0);
        if (typeEnd < 0) {
            return new ColumnDefinition(type(text), null, null, false);
        }
        String typePart = text.substring(0, typeEnd).trim();
        String serverDefault = null;
        Boolean notNull = null;
        boolean unique = false;
        int at = typeEnd;
        while (at < text.length()) {
            String keyword = keywordAt(text, at, CLAUSES);
            if (keyword == null || typePart.isEmpty()) {
                return new ColumnDefinition(ColumnType.other(text), null, null, false);
            }
            int after = at + keyword.length();
            switch (keyword) {
                case "default" -> {
                    int start = skipSpace(text, after);
                    int end = start >= text.length() ? -1 : nextKeyword(text, expressionEnd(text, start));
                    String expression = (end < 0 ? text.substring(start) : text.substring(start, end)).trim();
                    if (expression.isEmpty()) {
                        return new ColumnDefinition(ColumnType.other(text), null, null, false);
                    }
                    serverDefault = expression;
                    after = end < 0 ? text.length() : end;
                }
                case "not null", "primary key" -> notNull = Boolean.TRUE;
                case "null" -> notNull = Boolean.FALSE;
                case "unique" -> unique = true;
                default -> throw new IllegalStateException(keyword);
            }
            at = skipSpace(text, after);
            if (at < text.length() && nextKeyword(text, at) != at) {
                return new ColumnDefinition(ColumnType.other(text), null, null, false);
            }
        }
        return new ColumnDefinition(type(typePart), serverDefault, notNull, unique);
    }

    /** The portable type {@code sql} names, or {@code other(sql)}. */
    static ColumnType type(String sql) {
        String t = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (t) {
            case "int", "integer", "int4" -> { return ColumnType.integer(); }
            case "bigint", "int8" -> { return ColumnType.bigint(); }
            case "smallint", "int2" -> { return ColumnType.smallint(); }
            case "text" -> { return ColumnType.text(); }
            case "real", "float4" -> { return ColumnType.real(); }
            case "double precision", "float8", "double" -> { return ColumnType.doublePrecision(); }
            case "boolean", "bool" -> { return ColumnType.bool(); }
            case "date" -> { return ColumnType.date(); }
            case "time", "time without time zone" -> { return ColumnType.time(false); }
            case "time with time zone", "timetz" -> { return ColumnType.time(true); }
            case "timestamp", "timestamp without time zone" -> { return ColumnType.timestamp(false); }
            case "timestamp with time zone", "timestamptz" -> { return ColumnType.timestamp(true); }
            case "uuid" -> { return ColumnType.uuid(); }
            case "json" -> { return ColumnType.json(); }
            case "bytea", "blob" -> { return ColumnType.binary(); }
            default -> { }
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            Integer precision = numeric.group(2) == null ? null : Integer.valueOf(numeric.group(2));
            Integer scale = numeric.group(3) == null ? (precision == null ? null : 0) : Integer.valueOf(numeric.group(3));
            return ColumnType.numeric(precision, scale);
        }
        Matcher sized = SIZED.matcher(t);
        if (sized.matches()) {
            int length = Integer.parseInt(sized.group(2));
            switch (sized.group(1).trim()) {
                case "varchar", "character varying" -> { return ColumnType.varchar(length); }
                case "char", "character" -> { return ColumnType.fixedChar(length); }
                default -> { }
            }
        }
        return ColumnType.other(sql);
    }

    /**
     * Where the next clause keyword (supported or not) starts at or after {@code from}, outside quotes and
     * parentheses, or -1; {@code from} counts as the start of a word.
     */
    private static int nextKeyword(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(text, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (i == from || !wordChar(text.charAt(i - 1)))
                    && (keywordAt(text, i, CLAUSES) != null || keywordAt(text, i, UNSUPPORTED) != null)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a DEFAULT's expression may end: after its first token, so {@code DEFAULT NULL} keeps its NULL. */
    private static int expressionEnd(String text, int start) {
        char c = text.charAt(start);
        if (c == '\'' || c == '"') {
            return Math.min(closingQuote(text, start) + 1, text.length());
        }
        if (c == '(') {
            int depth = 0;
            for (int i = start; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '\'' || d == '"') {
                    i = closingQuote(text, i);
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\'' || text.charAt(i) == '"') {
                i = closingQuote(text, i);
            }
            i++;
        }
        return Math.min(i, text.length());
    }

    private static String keywordAt(String text, int at, List<String> keywords) {
        for (String k : keywords) {
            if (text.regionMatches(true, at, k, 0, k.length())
                    && (at + k.length() == text.length() || !wordChar(text.charAt(at + k.length())))) {
                return k;
            }
        }
        return null;
    }

    private static int closingQuote(String text, int open) {
        char q = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == q) {
                if (i + 1 < text.length() && text.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length() - 1;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
