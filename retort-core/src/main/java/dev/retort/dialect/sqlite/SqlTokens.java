package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite SQL split into tokens that remember where they stand in the text, so an expression can be cut
 * out exactly as written. Comments and white space are dropped; identifiers in {@code "..."},
 * {@code `...`} or {@code [...]} are unquoted.
 */
final class SqlTokens {
    enum Kind { WORD, IDENTIFIER, STRING, OTHER }

    /** One token; {@code value} is the unquoted identifier for IDENTIFIER, the text otherwise. */
    record Token(Kind kind, String value, int start, int end) {
        boolean is(String word) {
            return kind == Kind.WORD && value.equalsIgnoreCase(word);
        }

        boolean isPunct(char c) {
            return kind == Kind.OTHER && value.length() == 1 && value.charAt(0) == c;
        }

        /** A name, bare or quoted, as SQLite stores it. */
        String name() {
            return value;
        }

        String upper() {
            return value.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                String inner = sql.substring(i + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(c == '\'' ? new Token(Kind.STRING, sql.substring(i, end), i, end)
                        : new Token(Kind.IDENTIFIER, inner, i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.IDENTIFIER, sql.substring(i + 1, end - 1), i, end));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || (sql.charAt(i) == '.' && Character.isDigit(c)))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
            } else {
                tokens.add(new Token(Kind.OTHER, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    // The index just past the quote closing the one at start; a doubled quote stays inside.
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The token ranges {@code [from, to)} between top-level commas of tokens {@code from..to}. */
    static List<int[]> splitOnCommas(List<Token> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** The original text of tokens {@code from..to} inclusive. */
    static String text(String sql, List<Token> tokens, int from, int to) {
        return sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
