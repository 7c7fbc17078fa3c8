package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * <p>With {@link Lexing#MYSQL}, a backslash escapes the next character in {@code '...'} and {@code "..."},
 * {@code #} starts a line comment, block comments do not nest and {@code $} is an ordinary character.
 *
 * <p>An unterminated string or comment runs to the end of the text; the database reports it.
 */
public final class StatementSplitter {

    /** How strings and comments are read. */
    public enum Lexing {
        /** SQL standard and PostgreSQL: {@code ''} escapes a quote, backslashes only in {@code E'...'}, dollar quotes. */
        STANDARD,
        /** MariaDB and MySQL: a backslash escapes the next character in strings, {@code #} starts a line comment. */
        MYSQL;

        /** The lexing a database dialect (as {@link dev.retort.Op#dialect()} names it) uses. */
        public static Lexing forDialect(String dialect) {
            if (dialect == null) {
                return STANDARD;
            }
            String d = dialect.toLowerCase(Locale.ROOT);
            return d.equals("mariadb") || d.equals("mysql") ? MYSQL : STANDARD;
        }
    }

    /** One statement, without its terminating semicolon; {@code line} is one-based. */
    public record Statement(String sql, int line) {
    }

    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> ROUTINE_PREFIX = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "DEFINER",
            "CURRENT_USER", "AGGREGATE", "CONSTRAINT");
    private static final Set<String> END_OF_UNCOUNTED = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

    private final String s;
    private final Lexing lexing;
    private int pos;
    private int line = 1;
    /** Lines that start inside a string, quoted identifier, dollar quote or block comment. */
    private final BitSet inside = new BitSet();
    private String delimiter = ";";
    /** Whether {@code $tag$} opens a dollar quote: in standard lexing, and when finding section markers. */
    private boolean dollarQuotes;

    // The statement being read: its words so far decide whether it is a routine with a BEGIN ... END body.
    private int words;
    private boolean definer;
    private Boolean routine;
    private int depth;

    private StatementSplitter(String s, Lexing lexing) {
        this.s = s;
        this.lexing = lexing;
        this.dollarQuotes = lexing == Lexing.STANDARD;
    }

    /** Splits with {@link Lexing#STANDARD}. */
    public static List<Statement> split(String sql) {
        return split(sql, Lexing.STANDARD);
    }

    /**
     * Splits {@code sql}. In a {@code CREATE TRIGGER}, {@code PROCEDURE}, {@code FUNCTION} or {@code EVENT}
     * statement, semicolons inside {@code BEGIN ... END} (and {@code CASE ... END}) do not split. A line that is
     * exactly {@code DELIMITER <token>} (the mysql client's directive) is not a statement: statements after it
     * end with {@code <token>} instead of a semicolon, until {@code DELIMITER ;}.
     */
    public static List<Statement> split(String sql, Lexing lexing) {
        return new StatementSplitter(sql, lexing).run();
    }

    /**
     * The one-based lines of {@code text} that start inside a string, quoted identifier, block comment or
     * dollar quote (dollar quotes count with either lexing, so a PostgreSQL body never holds a section marker).
     */
    static BitSet linesInside(String text, Lexing lexing) {
        StatementSplitter splitter = new StatementSplitter(text, lexing);
        splitter.dollarQuotes = true;
        splitter.run();
        return splitter.inside;
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
            if (c == '#' && lexing == Lexing.MYSQL) {
                skipLineComment();
                continue;
            }
            if (c == '/' && s.startsWith("/*", pos)) {
                int from = line;
                skipBlockComment();
                markInside(from);
                continue;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                step();
                continue;
            }
            if ((c == 'D' || c == 'd') && atLineStart() && (start < 0 || lexing == Lexing.MYSQL)) {
                String token = delimiterDirective();
                if (token != null) {
                    if (start >= 0) {
                        out.add(new Statement(s.substring(start, pos).stripTrailing(), startLine));
                        start = -1;
                        resetStatement();
                    }
                    delimiter = token;
                    skipLineComment();
                    continue;
                }
            }
            if (s.startsWith(delimiter, pos) && (depth <= 0 || !delimiter.equals(";"))) {
                if (start >= 0) {
                    out.add(new Statement(s.substring(start, pos).stripTrailing(), startLine));
                    start = -1;
                    resetStatement();
                }
                pos += delimiter.length();
                continue;
            }
            if (start < 0) {
                start = pos;
                startLine = line;
            }
            int from = line;
            switch (c) {
                case '\'' -> skipQuoted('\'', lexing == Lexing.MYSQL || isEscapeString());
                case '"' -> skipQuoted('"', lexing == Lexing.MYSQL);
                case '`' -> skipQuoted('`', false);
                case '$' -> {
                    if (dollarQuotes) {
                        skipDollar();
                    } else {
                        pos++;
                    }
                }
                default -> {
                    if (isWordChar(c)) {
                        word();
                    } else {
                        pos++;
                    }
                }
            }
            markInside(from);
        }
        if (start >= 0) {
            out.add(new Statement(s.substring(start).stripTrailing(), startLine));
        }
        return out;
    }

    private void resetStatement() {
        words = 0;
        definer = false;
        routine = null;
        depth = 0;
    }

    private void markInside(int from) {
        if (line > from) {
            inside.set(from + 1, line + 1);
        }
    }

    /** Only spaces or tabs before {@code pos} on its line. */
    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** The token of a {@code DELIMITER <token>} line at {@code pos}, or null when the line is something else. */
    private String delimiterDirective() {
        int eol = pos;
        while (eol < s.length() && s.charAt(eol) != '\n' && s.charAt(eol) != '\r') {
            eol++;
        }
        String[] parts = s.substring(pos, eol).strip().split("[ \t]+");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("DELIMITER")) {
            return null;
        }
        return parts[1];
    }

    /** Reads one word and follows CREATE ... TRIGGER/PROCEDURE/FUNCTION/EVENT and BEGIN/CASE ... END nesting. */
    private void word() {
        int begin = pos;
        while (pos < s.length() && isWordChar(s.charAt(pos)) && !s.startsWith(delimiter, pos)) {
            pos++;
        }
        String w = s.substring(begin, pos).toUpperCase(Locale.ROOT);
        words++;
        if (routine == null) {
            if (words == 1) {
                if (!w.equals("CREATE")) {
                    routine = false;
                }
            } else if (ROUTINES.contains(w)) {
                routine = true;
            } else if (w.equals("DEFINER")) {
                definer = true;
            } else if (!ROUTINE_PREFIX.contains(w) && !definer || words > 8) {
                routine = false;
            }
            return;
        }
        if (!routine) {
            return;
        }
        switch (w) {
            case "BEGIN", "CASE" -> depth++;
            case "END" -> {
                // END IF / LOOP / WHILE / REPEAT close blocks that were not counted; END and END CASE close one.
                String next = nextWord();
                if (END_OF_UNCOUNTED.contains(next) || next.equals("CASE")) {
                    pos = skipWord();
                }
                if (!END_OF_UNCOUNTED.contains(next)) {
                    depth--;
                }
            }
            default -> {
            }
        }
    }

    /** The position after the spaces and word at {@code pos}. */
    private int skipWord() {
        int i = pos;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word after {@code pos} and any spaces, upper-cased, or "". */
    private String nextWord() {
        int i = pos;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        int b = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(b, i).toUpperCase(Locale.ROOT);
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
            if (s.startsWith("/*", pos) && (depth == 0 || lexing == Lexing.STANDARD)) {
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
