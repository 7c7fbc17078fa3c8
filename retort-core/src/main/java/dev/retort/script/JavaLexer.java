package dev.retort.script;

/**
 * A small, lazy Java tokenizer: enough to find an annotation in source text. It skips comments and
 * decodes string literals and text blocks, and it never backtracks, so a file is read in one pass.
 *
 * <p>Unicode escapes ({@code \}{@code u0041}) are decoded inside string literals only.
 */
final class JavaLexer {

    enum Kind { IDENT, STRING, CHAR, NUMBER, PUNCT, EOF }

    /** One token; {@code value} is the decoded text of a string literal or text block. */
    record Token(Kind kind, String text, String value, int line) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }
    }

    /** Malformed source: an unterminated literal or comment, or a bad escape. */
    static final class LexException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        LexException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private final String src;
    private int pos;
    private int line = 1;

    JavaLexer(String src) {
        this.src = src;
    }

    Token next() {
        skipWhitespaceAndComments();
        if (pos >= src.length()) {
            return new Token(Kind.EOF, "", null, line);
        }
        int start = pos;
        int startLine = line;
        char c = src.charAt(pos);
        if (c == '"') {
            if (src.startsWith("\"\"\"", pos)) {
                return textBlock(startLine);
            }
            String body = quoted('"', "string literal");
            return new Token(Kind.STRING, src.substring(start, pos), unescape(body, startLine, false), startLine);
        }
        if (c == '\'') {
            quoted('\'', "character literal");
            return new Token(Kind.CHAR, src.substring(start, pos), null, startLine);
        }
        if (Character.isJavaIdentifierStart(c)) {
            pos++;
            while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.IDENT, src.substring(start, pos), null, startLine);
        }
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            pos++;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) == '.')) {
                pos++;
            }
            return new Token(Kind.NUMBER, src.substring(start, pos), null, startLine);
        }
        pos++;
        return new Token(Kind.PUNCT, String.valueOf(c), null, startLine);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '/' && src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && src.startsWith("/*", pos)) {
                int startLine = line;
                pos += 2;
                while (!src.startsWith("*/", pos)) {
                    if (pos >= src.length()) {
                        throw new LexException(startLine, "unterminated /* comment");
                    }
                    advance();
                }
                pos += 2;
            } else {
                return;
            }
        }
    }

    /** Consumes one character, counting a line terminator ({@code \n}, {@code \r\n} or {@code \r}). */
    private void advance() {
        char c = src.charAt(pos);
        if (c == '\n' || c == '\r') {
            newline();
        } else {
            pos++;
        }
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    /** Consumes a one-line quoted literal and returns its raw body (escapes not yet decoded). */
    private String quoted(char quote, String what) {
        int startLine = line;
        int bodyStart = ++pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                return src.substring(bodyStart, pos - 1);
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            pos += c == '\\' ? 2 : 1;
        }
        throw new LexException(startLine, "unterminated " + what);
    }

    private Token textBlock(int startLine) {
        int start = pos;
        pos += 3;
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
            pos++;
        }
        if (pos >= src.length() || (src.charAt(pos) != '\n' && src.charAt(pos) != '\r')) {
            throw new LexException(startLine, "a text block's opening \"\"\" must end its line");
        }
        newline();
        int bodyStart = pos;
        while (!src.startsWith("\"\"\"", pos)) {
            if (pos >= src.length()) {
                throw new LexException(startLine, "unterminated text block");
            }
            if (src.charAt(pos) == '\\' && pos + 1 < src.length()) {
                pos++;
            }
            advance();
        }
        String body = src.substring(bodyStart, pos);
        pos += 3;
        return new Token(Kind.STRING, src.substring(start, pos),
                unescape(stripIndent(body), startLine, true), startLine);
    }

    /** The text block rules of JLS 3.10.6: strip incidental indentation and trailing spaces. */
    static String stripIndent(String body) {
        String[] lines = body.split("\r\n|\r|\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean blank = l.isBlank();
            if (!blank || i == lines.length - 1) {
                int n = 0;
                while (n < l.length() && Character.isWhitespace(l.charAt(n))) {
                    n++;
                }
                indent = Math.min(indent, n);
            }
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (!l.isBlank()) {
                out.append(l.substring(Math.min(indent, l.length())).stripTrailing());
            }
        }
        return out.toString();
    }

    /** Decodes Java escape sequences; {@code textBlock} also allows a backslash before a line end. */
    static String unescape(String s, int line, boolean textBlock) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw new LexException(line, "a string literal ends with a lone backslash");
            }
            char e = s.charAt(i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case '"', '\'', '\\' -> out.append(e);
                case 'u' -> {
                    while (i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                        i++;
                    }
                    if (i + 5 > s.length()) {
                        throw new LexException(line, "bad unicode escape in a string literal");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        throw new LexException(line, "bad unicode escape in a string literal");
                    }
                    i += 4;
                }
                case '\n' -> {
                    if (!textBlock) {
                        throw new LexException(line, "bad escape \\ at the end of a line");
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int max = e <= '3' ? 3 : 2;
                        int end = i;
                        while (end < s.length() && end - i < max && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(s.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        throw new LexException(line, "bad escape \\" + e + " in a string literal");
                    }
                }
            }
        }
        return out.toString();
    }
}
