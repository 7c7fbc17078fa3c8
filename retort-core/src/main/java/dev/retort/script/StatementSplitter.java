package dev.retort.script;

import dev.retort.dialect.SqlLexer;
import dev.retort.dialect.SqlLexer.Kind;
import dev.retort.dialect.SqlLexer.Token;
import dev.retort.dialect.SqlSyntax;
import dev.retort.dialect.StatementBlocks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits SQL text into statements at top-level semicolons, remembering the line each starts on.
 *
 * <p>The text is read by the database's {@link SqlSyntax} ({@link dev.retort.dialect.Dialect#sqlSyntax()}), so
 * semicolons do not split inside strings, quoted identifiers, comments or dollar quotes as that database reads
 * them. Comments before a statement are dropped, comments inside it are kept, and empty or comment-only
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
    private final SqlSyntax syntax;
    private final SqlLexer lexer;
    /** Lines that start inside a string, quoted identifier, dollar quote or block comment. */
    private final BitSet inside = new BitSet();
    private final StatementBlocks blocks = new StatementBlocks();
    private final List<Statement> out = new ArrayList<>();
    private int start = -1;
    private int startLine;

    private StatementSplitter(String s, SqlSyntax syntax) {
        this.s = s;
        this.syntax = syntax;
        this.lexer = syntax.lexer(s);
        lexer.delimiter(";");
    }

    /** Splits with {@link SqlSyntax#STANDARD}. */
    public static List<Statement> split(String sql) {
        return split(sql, SqlSyntax.STANDARD);
    }

    /**
     * Splits {@code sql}. In a {@code CREATE TRIGGER}, {@code PROCEDURE}, {@code FUNCTION} or {@code EVENT}
     * statement, semicolons inside {@code BEGIN ... END} (and {@code CASE ... END}) do not split
     * ({@link StatementBlocks}). A line that is exactly {@code DELIMITER <token>} (the mysql client's directive)
     * is not a statement: statements after it end with {@code <token>} instead of a semicolon, until
     * {@code DELIMITER ;}. Between statements such a line is read with any syntax; inside one, only with a
     * syntax that has {@link SqlSyntax#clientDelimiters()}.
     */
    public static List<Statement> split(String sql, SqlSyntax syntax) {
        StatementSplitter splitter = new StatementSplitter(sql, syntax);
        splitter.run();
        return splitter.out;
    }

    /**
     * The one-based lines of {@code text} that start inside a string, quoted identifier, block comment or
     * dollar quote (dollar quotes count with every syntax, so a PostgreSQL body never holds a section marker).
     */
    static BitSet linesInside(String text, SqlSyntax syntax) {
        if (!syntax.withDollarQuotes().mayHaveMultiLineTokens(text)) {
            return new BitSet(); // most scripts: no quote or block comment, so no line starts inside one
        }
        StatementSplitter splitter = new StatementSplitter(text, syntax.withDollarQuotes());
        splitter.run();
        return splitter.inside;
    }

    private void run() {
        while (lexer.hasNext()) {
            lexer.directives(start < 0 || syntax.clientDelimiters());
            Token t = lexer.next();
            if (t.kind() != Kind.WHITESPACE && t.endLine() > t.line()) {
                inside.set(t.line() + 1, t.endLine() + 1);
            }
            blocks.read(t);
            switch (t.kind()) {
                case COMMENT, WHITESPACE -> {
                }
                case DIRECTIVE -> endStatement(t.start());
                case DELIMITER -> {
                    if (!blocks.inBody() || !lexer.delimiter().equals(";")) {
                        endStatement(t.start());
                    } else {
                        begin(t);
                    }
                }
                default -> begin(t);
            }
        }
        if (start >= 0) {
            out.add(new Statement(s.substring(start).stripTrailing(), startLine));
        }
    }

    private void begin(Token t) {
        if (start < 0) {
            start = t.start();
            startLine = t.line();
        }
    }

    private void endStatement(int end) {
        if (start >= 0) {
            out.add(new Statement(s.substring(start, end).stripTrailing(), startLine));
            start = -1;
        }
        blocks.reset();
    }
}
