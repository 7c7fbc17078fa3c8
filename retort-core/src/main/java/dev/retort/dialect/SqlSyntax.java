package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * How one database reads SQL text: which quotes escape with a backslash, which comments exist, whether
 * {@code $tag$} opens a dollar quote, whether {@code [...]} quotes an identifier, and whether its scripts go
 * through a client (the mysql client) that splits at every semicolon unless a {@code DELIMITER} line changes
 * the delimiter. A {@link Dialect} supplies it ({@link Dialect#sqlSyntax()}); {@link SqlLexer} reads by it.
 *
 * <pre>{@code
 * dialect.sqlSyntax().tokens("SELECT 'a;b' -- note")   // WORD, WHITESPACE, STRING, WHITESPACE, COMMENT
 * }</pre>
 *
 * @param backslashEscapes   a backslash escapes the next character in {@code '...'} and {@code "..."}
 *                           (without it, only PostgreSQL's {@code E'...'} strings read backslashes)
 * @param hashComments       {@code #} starts a line comment
 * @param nestedComments     block comments nest, as in PostgreSQL
 * @param dollarQuotes       {@code $$...$$} and {@code $tag$...$tag$} quote a body
 * @param bracketIdentifiers {@code [...]} quotes an identifier, as in SQLite
 * @param clientDelimiters   scripts are fed to a client that splits at every semicolon: a {@code DELIMITER}
 *                           line is a directive anywhere, and a body holding semicolons needs one
 */
public record SqlSyntax(boolean backslashEscapes, boolean hashComments, boolean nestedComments, boolean dollarQuotes,
                        boolean bracketIdentifiers, boolean clientDelimiters) {

    /** The SQL standard as PostgreSQL reads it: {@code ''} escapes a quote, nested comments, dollar quotes. */
    public static final SqlSyntax STANDARD = new SqlSyntax(false, false, true, true, false, false);

    /**
     * Written out, as is {@link #equals}: a record's generated {@code hashCode} is linked through method handles on
     * its first call, about 10 ms of a cold start (a command's scripts are kept per syntax in a hash map). The six
     * flags as six bits: equal syntaxes, and only they, have equal hash codes.
     */
    @Override
    public int hashCode() {
        return (backslashEscapes ? 1 : 0) | (hashComments ? 2 : 0) | (nestedComments ? 4 : 0) | (dollarQuotes ? 8 : 0)
                | (bracketIdentifiers ? 16 : 0) | (clientDelimiters ? 32 : 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlSyntax syntax && syntax.hashCode() == hashCode();
    }

    /** This syntax with dollar quotes read too. */
    public SqlSyntax withDollarQuotes() {
        return new SqlSyntax(backslashEscapes, hashComments, nestedComments, true, bracketIdentifiers, clientDelimiters);
    }

    /** A lexer over {@code sql}, for reading it token by token. */
    public SqlLexer lexer(String sql) {
        return new SqlLexer(sql, this);
    }

    /** Every token of {@code sql}, white space and comments included, so their texts concatenate to it. */
    public List<SqlLexer.Token> tokens(String sql) {
        SqlLexer lexer = lexer(sql);
        List<SqlLexer.Token> out = new ArrayList<>();
        while (lexer.hasNext()) {
            out.add(lexer.next());
        }
        return out;
    }

    /**
     * The letters that start the first word of {@code sql} as this syntax reads past white space, comments and
     * opening parentheses, upper-cased; "" when it starts with anything but a word.
     */
    public String firstKeyword(String sql) {
        SqlLexer lexer = lexer(sql);
        while (lexer.hasNext()) {
            SqlLexer.Token t = lexer.next();
            if (t.significant() && !t.isPunct('(')) {
                if (t.kind() != SqlLexer.Kind.WORD) {
                    return "";
                }
                int end = 0;
                while (end < t.text().length() && Character.isLetter(t.text().charAt(end))) {
                    end++;
                }
                return t.text().substring(0, end).toUpperCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * Whether a token of {@code sql} other than white space might span lines: false only when the text holds
     * nothing that opens a block comment, a quote, or (where this syntax reads them) a bracketed identifier or a
     * dollar quote. A cheap scan that lets callers skip lexing text that has no multi-line tokens.
     */
    public boolean mayHaveMultiLineTokens(String sql) {
        for (int i = 0; i < sql.length(); i++) {
            switch (sql.charAt(i)) {
                case '\'', '"', '`' -> {
                    return true;
                }
                case '/' -> {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                        return true;
                    }
                }
                case '[' -> {
                    if (bracketIdentifiers) {
                        return true;
                    }
                }
                case '$' -> {
                    if (dollarQuotes) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The tokens of {@code sql} without white space and comments. */
    public List<SqlLexer.Token> significantTokens(String sql) {
        return tokens(sql).stream().filter(SqlLexer.Token::significant).toList();
    }
}
