package dev.retort.autogenerate;

import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.SchemaInspector;
import dev.retort.dialect.SqlLexer;
import dev.retort.dialect.SqlSyntax;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a model's part and the database's are the same thing, as one dialect sees it: types that render to the
 * same SQL, defaults equal once the inspector has normalised both, actions the database does not tell apart,
 * expressions equal but for the database's re-spelling. The one place the comparison asks the dialect.
 */
final class Equivalence {
    private static final Pattern ANY_ARRAY = Pattern.compile("([a-z0-9_$.]+)=anyarray\\[(.*)]");
    private static final Pattern RANGE = Pattern.compile("([a-z0-9_$.]+)>=(-?[0-9.]+)and\\1<=(-?[0-9.]+)");
    private static final Pattern CAST = Pattern.compile("::[a-z_][a-z0-9_]*(\\[])*");

    private final DdlRenderer ddl;
    private final SchemaInspector inspector;
    private final String schema;
    private final SqlSyntax syntax;

    Equivalence(DdlRenderer ddl, SchemaInspector inspector, String schema, SqlSyntax syntax) {
        this.ddl = ddl;
        this.inspector = inspector;
        this.schema = schema;
        this.syntax = syntax;
    }

    boolean comments() {
        return ddl.supportsComments();
    }

    // ---- columns

    boolean sameType(String table, Column desired, Column actual) {
        ColumnType a = desired.type();
        ColumnType b = actual.type();
        if (a.kind() == ColumnType.Kind.ENUM && b.kind() == ColumnType.Kind.ENUM
                && !a.enumValues().equals(b.enumValues())) {
            return false;
        }
        return typeText(typeSql(table, desired)).equals(typeText(typeSql(table, actual)));
    }

    /**
     * Type SQL as the database would read it: lower case, runs of white space as one space, none around
     * parentheses and commas, so an OTHER type's {@code NUMERIC( 10, 2 )} equals {@code numeric(10,2)}; quoted
     * text (the members of a {@code SET}) as written.
     */
    static String typeText(String sql) {
        StringBuilder out = new StringBuilder();
        String[] parts = sql.trim().split("'", -1);
        for (int i = 0; i < parts.length; i++) {
            // Even parts lie outside quotes; members of SET('Trailers', ...) keep their case.
            out.append(i > 0 ? "'" : "").append(i % 2 == 1 ? parts[i] : parts[i].toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1"));
        }
        return out.toString();
    }

    private String typeSql(String table, Column c) {
        try {
            return ddl.columnTypeSql(schema, table, c);
        } catch (RuntimeException e) {
            // A type the database cannot declare (MariaDB's VARCHAR without a length): compare as written.
            return c.type().describe();
        }
    }

    /** Generated columns have no default of their own to compare. */
    boolean sameDefault(Column desired, Column actual) {
        if (desired.autoIncrement() || actual.autoIncrement()) {
            return true;
        }
        String a = normalizeDefault(desired.serverDefault(), desired.type());
        String b = normalizeDefault(actual.serverDefault(), actual.type());
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.indexOf('\'') < 0 && b.indexOf('\'') < 0 && a.equalsIgnoreCase(b)) {
            return true;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x != null && y != null && x.compareTo(y) == 0;
    }

    private String normalizeDefault(String expression, ColumnType type) {
        return expression == null ? null : inspector.normalizeDefault(expression, type);
    }

    /** {@code ON UPDATE} expressions, normalised as defaults are. */
    boolean sameOnUpdate(Column desired, Column actual) {
        String a = normalizeDefault(desired.onUpdate(), desired.type());
        String b = normalizeDefault(actual.onUpdate(), actual.type());
        return a == null || b == null ? a == b : a.equalsIgnoreCase(b);
    }

    boolean sameComment(String desired, String actual) {
        return !comments() || Objects.equals(blankToNull(desired), blankToNull(actual));
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---- keys and indexes

    boolean sameForeignKey(ForeignKey desired, ForeignKey actual) {
        return desired.columns().equals(actual.columns())
                && Objects.equals(referencedSchema(desired), referencedSchema(actual))
                && desired.referencedTable().equals(actual.referencedTable())
                && desired.referencedColumns().equals(actual.referencedColumns())
                && inspector.normalizeAction(desired.onDelete()) == inspector.normalizeAction(actual.onDelete())
                && inspector.normalizeAction(desired.onUpdate()) == inspector.normalizeAction(actual.onUpdate());
    }

    /** Null when the key points into the schema being compared. */
    String referencedSchema(ForeignKey key) {
        String s = key.referencedSchema();
        return s == null || s.equals(schema) ? null : s;
    }

    /**
     * Same uniqueness, kind, predicate and keys; where either has expressions, the keys compare in order as
     * expressions, since a database may write a column key as one ({@code (made) DESC}).
     */
    boolean sameIndex(Index desired, Index actual) {
        boolean keys = desired.expressions().isEmpty() && actual.expressions().isEmpty()
                ? desired.columns().equals(actual.columns()) : keys(desired).equals(keys(actual));
        return desired.unique() == actual.unique()
                && Objects.equals(desired.kind(), actual.kind())
                && keys
                && Objects.equals(expression(desired.where()), expression(actual.where()));
    }

    private List<String> keys(Index index) {
        return java.util.stream.Stream.concat(index.columns().stream(), index.expressions().stream())
                .map(this::expression).toList();
    }

    boolean sameCheck(String desired, String actual) {
        return Objects.equals(expression(desired), expression(actual));
    }

    /**
     * An SQL expression as databases re-spell it, reduced: outside string literals (as the database's
     * {@link SqlSyntax} reads them), no white space, no
     * parentheses, no identifier quotes, no {@code ::type} casts, lower case. {@code (amount > 0)},
     * {@code "amount" > 0} and {@code `amount` > 0} all become {@code amount>0}.
     */
    String expression(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (SqlLexer.Token t : syntax.tokens(sql)) {
            if (t.kind() == SqlLexer.Kind.STRING) {
                out.append(stripCasts(plain)).append(t.text());
                plain.setLength(0);
                continue;
            }
            for (char c : t.text().toCharArray()) {
                if (!Character.isWhitespace(c) && c != '(' && c != ')' && c != '"' && c != '`') {
                    plain.append(Character.toLowerCase(c));
                }
            }
        }
        return respelled(out.append(stripCasts(plain)).toString());
    }

    /**
     * PostgreSQL's re-spellings of two common checks, back to what was written: {@code x = ANY (ARRAY[...])} is
     * {@code x IN (...)}, and {@code x >= a AND x <= b} is {@code x BETWEEN a AND b} (Hibernate's enum checks).
     */
    private static String respelled(String reduced) {
        Matcher any = ANY_ARRAY.matcher(reduced);
        if (any.matches()) {
            return any.group(1) + "in" + any.group(2);
        }
        Matcher range = RANGE.matcher(reduced);
        return range.matches() ? range.group(1) + "between" + range.group(2) + "and" + range.group(3) : reduced;
    }

    private static String stripCasts(CharSequence s) {
        return CAST.matcher(s).replaceAll("");
    }

    private static BigDecimal number(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
