package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.SqlLexer.Kind;
import dev.retort.dialect.SqlLexer.Token;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each dialect's lexing, as the tokens it reads (white space left out): {@code KIND text} joined by " | ". */
class SqlLexerTest {
    private static final Map<String, Dialect> DIALECTS = Map.of("postgresql", new PostgresDialect(),
            "mariadb", new MariaDbDialect(), "sqlite", new SqliteDialect(), "h2", new H2Dialect());

    static Stream<Arguments> cases() {
        return Stream.of(
                // quotes: '' escapes a quote everywhere
                row("postgresql", "SELECT 'it''s;'", "WORD SELECT | STRING 'it''s;'"),
                row("mariadb", "SELECT 'it''s;'", "WORD SELECT | STRING 'it''s;'"),
                row("sqlite", "x = \"a\"\"b\"", "WORD x | PUNCT = | QUOTED_IDENTIFIER \"a\"\"b\""),
                // backslash escapes: MariaDB reads them in '...' and "...", PostgreSQL only in E'...'
                row("mariadb", "'a\\'b' x", "STRING 'a\\'b' | WORD x"),
                row("mariadb", "\"a\\\"b\" x", "QUOTED_IDENTIFIER \"a\\\"b\" | WORD x"),
                row("postgresql", "'a\\' x'", "STRING 'a\\' | WORD x | STRING '"),
                row("postgresql", "E'a\\'b' x", "WORD E | STRING 'a\\'b' | WORD x"),
                row("postgresql", "DE'a\\' x'", "WORD DE | STRING 'a\\' | WORD x | STRING '"),
                row("h2", "'a\\' x'", "STRING 'a\\' | WORD x | STRING '"),
                // comments: PostgreSQL nests block comments, MariaDB does not; # is a comment only on MariaDB
                row("postgresql", "/* a /* b */ c */ x", "COMMENT /* a /* b */ c */ | WORD x"),
                row("mariadb", "/* a /* b */ c */ x", "COMMENT /* a /* b */ | WORD c | PUNCT * | PUNCT / | WORD x"),
                row("mariadb", "x # y; z\nw", "WORD x | COMMENT # y; z | WORD w"),
                row("postgresql", "x # y", "WORD x | PUNCT # | WORD y"),
                row("sqlite", "x -- y; z\nw", "WORD x | COMMENT -- y; z | WORD w"),
                // dollar quotes: PostgreSQL (and the standard syntax), not MariaDB; $1 is a parameter, a$b$ a word
                row("postgresql", "$$a;'b$$ x", "DOLLAR_QUOTED $$a;'b$$ | WORD x"),
                row("postgresql", "$fn$ $$ $fn$ x", "DOLLAR_QUOTED $fn$ $$ $fn$ | WORD x"),
                row("postgresql", "$1 + a$b$", "PUNCT $ | NUMBER 1 | PUNCT + | WORD a$b$"),
                row("mariadb", "$$a;b$$", "PUNCT $ | PUNCT $ | WORD a | PUNCT ; | WORD b$$"),
                row("postgresql", "$x$ never closed", "DOLLAR_QUOTED $x$ never closed"),
                // backticks quote an identifier everywhere; brackets only on SQLite
                row("mariadb", "`a``b;` x", "QUOTED_IDENTIFIER `a``b;` | WORD x"),
                row("sqlite", "[a;b] x", "QUOTED_IDENTIFIER [a;b] | WORD x"),
                row("postgresql", "a[1]", "WORD a | PUNCT [ | NUMBER 1 | PUNCT ]"),
                // numbers keep their dot and exponent
                row("h2", "1.5e3 0x1F", "NUMBER 1.5e3 | NUMBER 0x1F"),
                // a byte order mark is white space
                row("postgresql", "\uFEFFSELECT 1", "WORD SELECT | NUMBER 1"),
                row("mariadb", "\uFEFFSELECT 1", "WORD SELECT | NUMBER 1"));
    }

    private static Arguments row(String dialect, String sql, String expected) {
        return Arguments.of(dialect, sql, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void readsTokensAsTheDatabaseDoes(String dialect, String sql, String expected) {
        List<Token> tokens = DIALECTS.get(dialect).sqlSyntax().tokens(sql);
        assertEquals(expected, tokens.stream().filter(t -> t.kind() != Kind.WHITESPACE)
                .map(t -> t.kind() + " " + t.text()).collect(Collectors.joining(" | ")));
        assertEquals(sql, tokens.stream().map(Token::text).collect(Collectors.joining()), "tokens cover the text");
    }

    @Test
    void delimiterLinesChangeTheDelimiterWhenRead() {
        SqlLexer lexer = new MariaDbDialect().sqlSyntax().lexer("DELIMITER //\nSELECT 1; END//\n");
        lexer.delimiter(";");
        lexer.directives(true);
        assertEquals("DIRECTIVE DELIMITER // | WORD SELECT | NUMBER 1 | PUNCT ; | WORD END | DELIMITER //",
                significant(lexer));
        assertEquals("//", lexer.delimiter());
    }

    @Test
    void delimiterLinesAreWordsWhenDirectivesAreOff() {
        SqlLexer lexer = SqlSyntax.STANDARD.lexer("DELIMITER //\nx;");
        lexer.delimiter(";");
        assertEquals("WORD DELIMITER | PUNCT / | PUNCT / | WORD x | DELIMITER ;", significant(lexer));
    }

    @Test
    void aDelimiterLineMustStandAlone() {
        SqlLexer lexer = new MariaDbDialect().sqlSyntax().lexer("x DELIMITER //");
        lexer.directives(true);
        assertEquals("WORD x | WORD DELIMITER | PUNCT / | PUNCT /", significant(lexer));
    }

    @Test
    void tokensKnowTheirLines() {
        List<Token> tokens = SqlSyntax.STANDARD.significantTokens("a\r\n'b\nc'\rd");
        assertEquals(List.of(1, 2, 4), tokens.stream().map(Token::line).toList());
        assertEquals(List.of(1, 3, 4), tokens.stream().map(Token::endLine).toList());
    }

    @Test
    void valuesAreUnquoted() {
        List<Token> tokens = new SqliteDialect().sqlSyntax().significantTokens("\"a\"\"b\" `c``d` [e\"f] 'g''h' i");
        assertEquals(List.of("a\"b", "c`d", "e\"f", "g'h", "i"), tokens.stream().map(Token::value).toList());
    }

    private static String significant(SqlLexer lexer) {
        StringBuilder out = new StringBuilder();
        while (lexer.hasNext()) {
            Token t = lexer.next();
            if (t.kind() != Kind.WHITESPACE) {
                out.append(out.length() == 0 ? "" : " | ").append(t.kind()).append(' ').append(t.text());
            }
        }
        return out.toString();
    }
}
