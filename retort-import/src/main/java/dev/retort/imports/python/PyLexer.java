package dev.retort.imports.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into logical lines of tokens: comments dropped, brackets and backslashes join
 * physical lines, string literals decoded (prefixes {@code r}, {@code b}, {@code u}, {@code f}; triple
 * quotes). Enough of Python's lexical grammar for Alembic revision files; it never runs anything.
 */
public final class PyLexer {
    private final String src;
    private int pos;
    private int line = 1;

    private PyLexer(String src) {
        this.src = src.replace("\r\n", "\n");
    }

    /** The logical lines of {@code source}. */
    public static List<LogicalLine> lines(String source) {
        return new PyLexer(source).run();
    }

    private List<LogicalLine> run() {
        List<LogicalLine> out = new ArrayList<>();
        while (pos < src.length()) {
            int indent = 0;
            while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
                indent += src.charAt(pos) == '\t' ? 8 - indent % 8 : 1;
                pos++;
            }
            int first = line;
            List<Token> tokens = new ArrayList<>();
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    pos++;
                    line++;
                    if (depth == 0) {
                        break;
                    }
                } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                } else if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else if (c == '#') {
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                } else {
                    Token t = token();
                    if (t.kind() == Token.Kind.OP) {
                        depth += "([{".contains(t.text()) ? 1 : ")]}".contains(t.text()) ? -1 : 0;
                    }
                    tokens.add(t);
                }
            }
            if (!tokens.isEmpty()) {
                out.add(new LogicalLine(indent, tokens, first, Math.max(first, line - 1)));
            }
        }
        return out;
    }

    private Token token() {
        int start = line;
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            int end = pos;
            while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) {
                end++;
            }
            String word = src.substring(pos, end);
            if (end < src.length() && (src.charAt(end) == '\'' || src.charAt(end) == '"')
                    && word.length() <= 2 && word.toLowerCase().matches("[rbuf]+")) {
                pos = end;
                return string(word.toLowerCase(), start);
            }
            pos = end;
            return new Token(Token.Kind.NAME, word, start);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            int end = pos;
            while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '.'
                    || src.charAt(end) == '_')) {
                end++;
            }
            String number = src.substring(pos, end);
            pos = end;
            return new Token(Token.Kind.NUMBER, number.replace("_", ""), start);
        }
        if (c == '\'' || c == '"') {
            return string("", start);
        }
        for (String op : new String[] {"**=", "//=", ">>=", "<<=", "->", "**", "//", "==", "!=", "<=", ">=", "+=",
                "-=", "*=", "/=", "%=", ":=", "<<", ">>"}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Token.Kind.OP, op, start);
            }
        }
        pos++;
        return new Token(Token.Kind.OP, String.valueOf(c), start);
    }

    private Token string(String prefix, int start) {
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += close.length();
        boolean raw = prefix.contains("r");
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length() || (!triple && src.charAt(pos) == '\n')) {
                throw new PySyntaxException(start, "unterminated string");
            }
            if (src.startsWith(close, pos)) {
                pos += close.length();
                break;
            }
            char c = src.charAt(pos++);
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && pos < src.length()) {
                char next = src.charAt(pos++);
                if (next == '\n') {
                    line++;
                }
                if (raw) {
                    value.append(c).append(next);
                } else {
                    escape(next, value);
                }
            } else {
                value.append(c);
            }
        }
        Token.Kind kind = prefix.contains("f") ? Token.Kind.FSTRING : Token.Kind.STRING;
        return new Token(kind, value.toString(), start);
    }

    private void escape(char next, StringBuilder value) {
        switch (next) {
            case '\n' -> { }
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '0' -> value.append('\0');
            case '\\', '\'', '"' -> value.append(next);
            case 'x' -> {
                value.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                pos += 2;
            }
            case 'u' -> {
                value.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                pos += 4;
            }
            default -> value.append('\\').append(next);
        }
    }
}
