package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at top-level semicolons, remembering the line each starts on.
 *
 * <p>Semicolons do not split inside {@code '...'} strings ({@code ''} escapes a quote),
 * {@code E'...'} strings (backslash escapes), {@code "..."} and {@code `...`} identifiers,
 * {@code --} line comments, {@code /* *}{@code /} block comments (nested, as in PostgreSQL) and
 * PostgreSQL dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}; {@code $1} is a parameter).
 * Comments before a statement are dropped, comments inside it are kept, and empty or comment-only
 * statements are dropped.
 *
 * <pre>{@code
 * StatementSplitter.split("CREATE TABLE a (x int);\n-- note\nINSERT INTO a VALUES (1);")
 *   == [Statement("CREATE TABLE a (x int)", 1), Statement("INSERT INTO a VALUES (1)", 3)]
 * }</pre>
 *
 * <p>An unterminated string or comment runs to the end of the text; the database reports it.
 */
public final class StatementSplitter {

    /** One statement, without its terminating semicolon; {@code line} is one-based. */
    public record Statement(String sql, int line) {
    }

    private final String s;
    private int pos;
    private int line = 1;

    private StatementSplitter(String s) {
        this.s = s;
    }

    public static List<Statement> split(String sql) {
        return new StatementSplitter(sql).run();
    }

    private List<Statement> run() {
        List<Statement> out = new ArrayList<>();
        int start = -1;
        int startLine = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '-' && s.startsWith("--", pos)) {
                skipLineComment();
                continue;
            }
            if (c == '/' && s.startsWith("/*", pos)) {
                skipBlockComment();
                continue;
            }
            if (Character.isWhitespace(c)) {
                step();
                continue;
            }
            if (c == ';') {
                if (start >= 0) {
                    out.add(new Statement(s.substring(start, pos).stripTrailing(), startLine));
                    start = -1;
                }
                pos++;
                continue;
            }
            if (start < 0) {
                start = pos;
                startLine = line;
            }
            switch (c) {
                case '\'' -> skipQuoted('\'', isEscapeString());
                case '"' -> skipQuoted('"', false);
                case '`' -> skipQuoted('`', false);
                case '$' -> skipDollar();
                default -> pos++;
            }
        }
        if (start >= 0) {
            out.add(new Statement(s.substring(start).stripTrailing(), startLine));
        }
        return out;
    }

    /** Consumes one character, counting lines ({@code \r\n} counts once). */
    private void step() {
        char c = s.charAt(pos++);
        if (c == '\n' || (c == '\r' && (pos >= s.length() || s.charAt(pos) != '\n'))) {
            line++;
        }
    }

    private void skipLineComment() {
        while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < s.length()) {
            if (s.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (s.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                step();
            }
        }
    }

    /** {@code E'...'} or {@code e'...'}, where the E is not the end of a longer word. */
    private boolean isEscapeString() {
        if (pos < 1 || (s.charAt(pos - 1) != 'E' && s.charAt(pos - 1) != 'e')) {
            return false;
        }
        return pos < 2 || !isWordChar(s.charAt(pos - 2));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Skips a quoted run; a doubled quote is an escaped quote, and so is a backslash pair if asked. */
    private void skipQuoted(char quote, boolean backslash) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (backslash && c == '\\' && pos + 1 < s.length()) {
                pos++;
                step();
            } else if (c == quote) {
                pos++;
                if (pos < s.length() && s.charAt(pos) == quote) {
                    pos++;
                } else {
                    return;
                }
            } else {
                step();
            }
        }
    }

    /** {@code $tag$ ... $tag$}; a '$' that does not open a dollar quote is an ordinary character. */
    private void skipDollar() {
        int tagEnd = dollarTagEnd();
        if (tagEnd < 0) {
            pos++;
            return;
        }
        String delimiter = s.substring(pos, tagEnd + 1);
        pos = tagEnd + 1;
        int close = s.indexOf(delimiter, pos);
        int end = close < 0 ? s.length() : close + delimiter.length();
        while (pos < end) {
            step();
        }
    }

    /** Index of the '$' that closes an opening tag at {@code pos}, or -1. */
    private int dollarTagEnd() {
        if (pos > 0 && isWordChar(s.charAt(pos - 1))) {
            return -1;
        }
        int i = pos + 1;
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        return i < s.length() && s.charAt(i) == '$' ? i : -1;
    }
}
