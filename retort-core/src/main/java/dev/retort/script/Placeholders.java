package dev.retort.script;

import dev.retort.dialect.SqlLexer;
import dev.retort.dialect.SqlSyntax;
import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholders in SQL scripts: {@code ${name}} is replaced by the value of {@code name} (the script
 * arguments: {@code -x name=value}, {@code placeholders.name} in {@code retort.properties},
 * {@code RETORT_PLACEHOLDER_NAME}), and {@code $${} is a literal {@code ${}.
 *
 * <p>Replacement reads the statement as the database does ({@link SqlSyntax}): placeholders are replaced in
 * code, string literals, quoted identifiers and dollar-quoted bodies, and left as written in comments (so
 * commented-out SQL needs no values). A name is letters, digits, {@code _}, {@code .} and {@code -}, looked
 * up exactly, then ignoring case. An undefined name, or a {@code ${...}} that is not a name, is an error naming
 * the script and line; a {@code ${} without a {@code }} on its line is left as written.
 *
 * <p>Before statements are split, each {@code $${} is {@linkplain #mask masked}, so that PostgreSQL's lexer does
 * not read its {@code $$} as a dollar quote; {@link #replace} and {@link #unmask} undo the mask.
 *
 * <pre>{@code
 * Placeholders.replace(file, Placeholders.mask("GRANT SELECT ON ${schema}.plans TO app -- $${x}"), 12,
 *         SqlSyntax.STANDARD, Map.of("schema", "billing"))
 *   == "GRANT SELECT ON billing.plans TO app -- $${x}"
 * }</pre>
 */
public final class Placeholders {
    /** Stands for the {@code $$} of an escaped {@code $${}: a private-use character no script holds. */
    private static final String MASK = "\uE000\uE000{";
    private static final String ESCAPE = "$${";

    private Placeholders() {
    }

    /** {@code text} with every {@code $${} masked (the same length, no line changes). */
    public static String mask(String text) {
        return text.contains(ESCAPE) ? text.replace(ESCAPE, MASK) : text;
    }

    /** {@code text} as written: every masked {@code $${} restored. */
    public static String unmask(String text) {
        return text.indexOf('\uE000') < 0 ? text : text.replace(MASK, ESCAPE);
    }

    /**
     * The masked statement {@code sql}, starting on line {@code line} of {@code file}, with its placeholders
     * replaced from {@code values} as {@code syntax} reads it.
     *
     * @throws ScriptException SCRIPT for an undefined placeholder or one that is not a name, naming its line
     */
    public static String replace(Path file, String sql, int line, SqlSyntax syntax, Map<String, String> values) {
        if (!sql.contains("${") && sql.indexOf('\uE000') < 0) {
            return sql;
        }
        BitSet comments = new BitSet(sql.length());
        for (SqlLexer.Token token : syntax.tokens(sql)) {
            if (token.kind() == SqlLexer.Kind.COMMENT) {
                comments.set(token.start(), token.end());
            }
        }
        StringBuilder out = new StringBuilder(sql.length());
        int lineNo = line;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            int close;
            if (sql.startsWith(MASK, i)) {
                out.append(comments.get(i) ? ESCAPE : "${");
                i += MASK.length() - 1;
            } else if (!comments.get(i) && sql.startsWith("${", i) && (close = closing(sql, i)) > 0) {
                out.append(value(file, lineNo, sql.substring(i + 2, close).strip(), values));
                i = close;
            } else {
                out.append(c);
                lineNo += c == '\n' ? 1 : 0;
            }
        }
        return out.toString();
    }

    /** The index of the {@code }} closing the placeholder at {@code open}, on its line; -1 when none. */
    private static int closing(String s, int open) {
        for (int i = open + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static String value(Path file, int line, String name, Map<String, String> values) {
        if (!isName(name)) {
            throw new ScriptException(ErrorCode.SCRIPT, file, line, "'${" + name + "}' is not a placeholder name "
                    + "(letters, digits, _ . -); write $${ for a literal ${");
        }
        String value = values.get(name);
        if (value == null) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    value = e.getValue();
                    break;
                }
            }
        }
        if (value == null) {
            throw new ScriptException(ErrorCode.SCRIPT, file, line, "undefined placeholder ${" + name + "}; set it with -x "
                    + name + "=VALUE, 'placeholders." + name + " = VALUE' in retort.properties or RETORT_PLACEHOLDER_"
                    + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + " (write $${ for a literal ${)");
        }
        return value;
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
