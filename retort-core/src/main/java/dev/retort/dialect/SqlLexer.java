package dev.retort.dialect;

import java.util.Locale;

/**
 * Reads SQL text into tokens by one database's {@link SqlSyntax}: words, numbers, quoted identifiers, strings,
 * dollar quotes, comments, white space and punctuation. Every token remembers where it stands in the text and
 * on which lines, so callers cut text out exactly as written; the texts of all tokens concatenate to the input.
 * The one place Retort scans SQL.
 *
 * <p>For statement splitting the lexer also knows a statement delimiter (a {@link Kind#DELIMITER} token; words
 * end where it starts) and, when asked, the mysql client's {@code DELIMITER <token>} lines
 * ({@link Kind#DIRECTIVE}, which change the delimiter).
 *
 * <pre>{@code
 * SqlLexer lexer = SqlSyntax.STANDARD.lexer("SELECT $$a;b$$");
 * lexer.next();   // WORD "SELECT"
 * lexer.next();   // WHITESPACE " "
 * lexer.next();   // DOLLAR_QUOTED "$$a;b$$"
 * }</pre>
 *
 * <p>An unterminated string, identifier, dollar quote or comment runs to the end of the text.
 */
public final class SqlLexer {

    /** What a token is. */
    public enum Kind {
        /** A bare word: keyword or identifier, starting with a letter or {@code _}. */
        WORD,
        /** A token starting with a digit, such as {@code 1}, {@code 1.5e3} or {@code 0x1F}. */
        NUMBER,
        /** {@code "..."}, {@code `...`}, or {@code [...]} where the syntax has bracket identifiers. */
        QUOTED_IDENTIFIER,
        /** {@code '...'}. */
        STRING,
        /** {@code $tag$...$tag$}. */
        DOLLAR_QUOTED,
        /** {@code -- ...}, {@code # ...} or a block comment. */
        COMMENT,
        /** White space, including a byte order mark. */
        WHITESPACE,
        /** The statement delimiter, when one is set. */
        DELIMITER,
        /** A {@code DELIMITER <token>} line, when directives are read. */
        DIRECTIVE,
        /** Any other single character. */
        PUNCT
    }

    /**
     * One token: {@code text} is exactly as written, {@code start}/{@code end} its offsets, {@code line} the
     * one-based line it starts on and {@code endLine} the line it ends on.
     */
    public record Token(Kind kind, String text, int start, int end, int line, int endLine) {
        /** A word equal to {@code word}, ignoring case. */
        public boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** The single punctuation character {@code c}. */
        public boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }

        /** Not white space and not a comment. */
        public boolean significant() {
            return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
        }

        /** A bare or quoted identifier. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
        }

        /** The text, upper-cased. */
        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        /**
         * A quoted identifier without its quotes (a doubled quote read as one), a string's value without its
         * quotes ({@code ''} read as one quote), or the text of any other token.
         */
        public String value() {
            if (kind != Kind.QUOTED_IDENTIFIER && kind != Kind.STRING || text.length() < 2) {
                return text;
            }
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            boolean closed = text.charAt(text.length() - 1) == close;
            String inner = text.substring(1, closed ? text.length() - 1 : text.length());
            return close == ']' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
        }
    }

    private final String s;
    private final SqlSyntax syntax;
    private int pos;
    private int line = 1;
    private String delimiter;
    private boolean directives;

    SqlLexer(String sql, SqlSyntax syntax) {
        this.s = sql;
        this.syntax = syntax;
    }

    /** Reads {@code delimiter} as a {@link Kind#DELIMITER} token from here on; null for none (the default). */
    public void delimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    /** The statement delimiter, as set or as the last {@code DELIMITER} directive changed it. */
    public String delimiter() {
        return delimiter;
    }

    /** Whether a line that is exactly {@code DELIMITER <token>} is read as a directive from here on. */
    public void directives(boolean read) {
        this.directives = read;
    }

    public boolean hasNext() {
        return pos < s.length();
    }

    /** The next token; call only while {@link #hasNext()}. */
    public Token next() {
        int start = pos;
        int startLine = line;
        Kind kind = scan();
        for (int i = start; i < pos; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return new Token(kind, s.substring(start, pos), start, pos, startLine, line);
    }

    private Kind scan() {
        char c = s.charAt(pos);
        if (s.startsWith("--", pos) || c == '#' && syntax.hashComments()) {
            pos = endOfLine(pos);
            return Kind.COMMENT;
        }
        if (s.startsWith("/*", pos)) {
            blockComment();
            return Kind.COMMENT;
        }
        if (isSpace(c)) {
            while (pos < s.length() && isSpace(s.charAt(pos))) {
                pos++;
            }
            return Kind.WHITESPACE;
        }
        if ((c == 'D' || c == 'd') && directives && directive()) {
            return Kind.DIRECTIVE;
        }
        if (delimiter != null && s.startsWith(delimiter, pos)) {
            pos += delimiter.length();
            return Kind.DELIMITER;
        }
        return switch (c) {
            case '\'' -> quoted('\'', syntax.backslashEscapes() || escapeString(), Kind.STRING);
            case '"' -> quoted('"', syntax.backslashEscapes(), Kind.QUOTED_IDENTIFIER);
            case '`' -> quoted('`', false, Kind.QUOTED_IDENTIFIER);
            case '[' -> syntax.bracketIdentifiers() ? bracketed() : punct();
            case '$' -> syntax.dollarQuotes() && dollarQuote() ? Kind.DOLLAR_QUOTED : punct();
            default -> word(c);
        };
    }

    private Kind word(char c) {
        if (!isWordChar(c)) {
            return punct();
        }
        boolean number = Character.isDigit(c);
        pos++;
        while (pos < s.length() && (isWordChar(s.charAt(pos)) || number && s.charAt(pos) == '.')
                && (delimiter == null || !s.startsWith(delimiter, pos))) {
            pos++;
        }
        return number ? Kind.NUMBER : Kind.WORD;
    }

    private Kind punct() {
        pos++;
        return Kind.PUNCT;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF';
    }

    /** Letters, digits, {@code _} and {@code $} continue a word. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private void blockComment() {
        int depth = 0;
        while (pos < s.length()) {
            if (s.startsWith("/*", pos) && (depth == 0 || syntax.nestedComments())) {
                depth++;
                pos += 2;
            } else if (s.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** A {@code DELIMITER <token>} line starting at {@code pos} (only blanks before it on its line). */
    private boolean directive() {
        for (int i = pos - 1; i >= 0 && s.charAt(i) != '\n' && s.charAt(i) != '\r'; i--) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\uFEFF') {
                return false;
            }
        }
        int eol = endOfLine(pos);
        String[] parts = s.substring(pos, eol).strip().split("[ \t]+");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("DELIMITER")) {
            return false;
        }
        delimiter = parts[1];
        pos = eol;
        return true;
    }

    /** {@code E'...'} or {@code e'...'}, where the E is not the end of a longer word. */
    private boolean escapeString() {
        if (pos < 1 || (s.charAt(pos - 1) != 'E' && s.charAt(pos - 1) != 'e')) {
            return false;
        }
        return pos < 2 || !isWordChar(s.charAt(pos - 2));
    }

    /** A quoted run; a doubled quote is an escaped quote, and so is a backslash pair if asked. */
    private Kind quoted(char quote, boolean backslash, Kind kind) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (backslash && c == '\\' && pos + 1 < s.length()) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                if (pos < s.length() && s.charAt(pos) == quote) {
                    pos++;
                } else {
                    return kind;
                }
            } else {
                pos++;
            }
        }
        return kind;
    }

    private Kind bracketed() {
        int close = s.indexOf(']', pos + 1);
        pos = close < 0 ? s.length() : close + 1;
        return Kind.QUOTED_IDENTIFIER;
    }

    /** {@code $tag$ ... $tag$}; false, reading nothing, when the '$' opens no dollar quote. */
    private boolean dollarQuote() {
        if (pos > 0 && isWordChar(s.charAt(pos - 1))) {
            return false;
        }
        int i = pos + 1;
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        if (i >= s.length() || s.charAt(i) != '$') {
            return false;
        }
        String tag = s.substring(pos, i + 1);
        int close = s.indexOf(tag, i + 1);
        pos = close < 0 ? s.length() : close + tag.length();
        return true;
    }
}
