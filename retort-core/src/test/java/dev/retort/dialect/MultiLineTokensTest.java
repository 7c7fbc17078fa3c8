package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlSyntax#mayHaveMultiLineTokens}: the scan that lets a script's parse skip lexing. It may say true for text
 * without such a token, never false for text with one, for any syntax.
 */
class MultiLineTokensTest {
    private static final List<SqlSyntax> SYNTAXES = List.of(new PostgresDialect().sqlSyntax(),
            new MariaDbDialect().sqlSyntax(), new SqliteDialect().sqlSyntax(), new H2Dialect().sqlSyntax(),
            new MariaDbDialect().sqlSyntax().withDollarQuotes());

    @Test
    void plainStatementsNeedNoLexing() {
        String ddl = "-- revision: a\n-- upgrade\nCREATE TABLE t1 (id INTEGER NOT NULL, amount NUMERIC(10, 2),\n"
                + "  CONSTRAINT pk_t1 PRIMARY KEY (id)); -- a note / with * signs\nCREATE INDEX ix ON t1 (id);\n-- downgrade\n";
        for (SqlSyntax syntax : SYNTAXES) {
            assertFalse(syntax.mayHaveMultiLineTokens(ddl), syntax.toString());
        }
    }

    @Test
    void everyOpenerOfAMultiLineTokenCounts() {
        for (SqlSyntax syntax : SYNTAXES) {
            for (String text : List.of("x 'a\nb'", "x \"a\nb\"", "x `a\nb`", "x /* a\nb */")) {
                assertTrue(syntax.mayHaveMultiLineTokens(text), syntax + ": " + text);
            }
        }
        SqlSyntax postgres = new PostgresDialect().sqlSyntax();
        SqlSyntax mariadb = new MariaDbDialect().sqlSyntax();
        assertTrue(postgres.mayHaveMultiLineTokens("DO $$\nBEGIN END\n$$"));
        assertFalse(mariadb.mayHaveMultiLineTokens("SELECT $1"), "no dollar quotes in MariaDB");
        assertTrue(mariadb.withDollarQuotes().mayHaveMultiLineTokens("SELECT $1"));
        assertTrue(new SqliteDialect().sqlSyntax().mayHaveMultiLineTokens("SELECT [a\nb]"));
        assertFalse(postgres.mayHaveMultiLineTokens("SELECT a[1]"), "no bracketed identifiers in PostgreSQL");
    }

    /** Random text over the characters that matter: whenever the lexer reads a token across lines, the scan saw it. */
    @Test
    void neverMissesATokenTheLexerReadsAcrossLines() {
        String alphabet = "ab1 \n\n;'\"`/*-#[]$E\\(";
        Random random = new Random(20261204);
        int spanning = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (SqlSyntax syntax : SYNTAXES) {
                if (spansLines(syntax, text.toString())) {
                    spanning++;
                    assertTrue(syntax.mayHaveMultiLineTokens(text.toString()), syntax + ": " + text);
                }
            }
        }
        assertTrue(spanning > 1_000, "the generator makes multi-line tokens: " + spanning);
    }

    private static boolean spansLines(SqlSyntax syntax, String text) {
        for (SqlLexer lexer = syntax.lexer(text); lexer.hasNext(); ) {
            SqlLexer.Token t = lexer.next();
            if (t.kind() != SqlLexer.Kind.WHITESPACE && t.endLine() > t.line()) {
                return true;
            }
        }
        return false;
    }
}
