package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.script.StatementSplitter.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterTest {

    /** Input, then expected statements as alternating line and SQL. */
    static Stream<Arguments> cases() {
        return Stream.of(
                c("empty", ""),
                c("only whitespace and semicolons", " \n ;; ;\n"),
                c("one statement without semicolon", "SELECT 1", 1, "SELECT 1"),
                c("two statements", "SELECT 1;\nSELECT 2;", 1, "SELECT 1", 2, "SELECT 2"),
                c("same line", "SELECT 1; SELECT 2", 1, "SELECT 1", 1, "SELECT 2"),
                c("leading blank lines give the start line", "\n\n  SELECT 1\n  FROM t;", 3, "SELECT 1\n  FROM t"),
                c("semicolon in string", "INSERT INTO t VALUES ('a;b');SELECT 2", 1, "INSERT INTO t VALUES ('a;b')", 1, "SELECT 2"),
                c("doubled quote escape", "SELECT 'it''s; fine'; SELECT 2", 1, "SELECT 'it''s; fine'", 1, "SELECT 2"),
                c("backslash is not an escape in a standard string", "SELECT 'C:\\'; SELECT 2", 1, "SELECT 'C:\\'", 1, "SELECT 2"),
                c("E string backslash escape", "SELECT E'it\\'s; x'; SELECT 2", 1, "SELECT E'it\\'s; x'", 1, "SELECT 2"),
                c("lowercase e string", "SELECT e'\\\\'; SELECT 2", 1, "SELECT e'\\\\'", 1, "SELECT 2"),
                c("word ending in e is not an E string", "SELECT 'a\\'; SELECT 'b'", 1, "SELECT 'a\\'", 1, "SELECT 'b'"),
                c("double-quoted identifier", "SELECT \"a;b\" FROM t; SELECT 2", 1, "SELECT \"a;b\" FROM t", 1, "SELECT 2"),
                c("doubled double quote", "SELECT \"a\"\";b\"; SELECT 2", 1, "SELECT \"a\"\";b\"", 1, "SELECT 2"),
                c("backtick identifier", "SELECT `a;b` FROM t; SELECT 2", 1, "SELECT `a;b` FROM t", 1, "SELECT 2"),
                c("line comment before a statement is dropped", "-- first; not a statement\nSELECT 1;", 2, "SELECT 1"),
                c("line comment inside a statement is kept", "SELECT 1 -- one; two\n, 2;", 1, "SELECT 1 -- one; two\n, 2"),
                c("comment-only statement dropped", "SELECT 1; -- done\n/* bye */", 1, "SELECT 1"),
                c("block comment with semicolon", "SELECT /* ; */ 1;", 1, "SELECT /* ; */ 1"),
                c("nested block comment", "/* a /* b; */ c; */ SELECT 1;", 1, "SELECT 1"),
                c("block comment spanning lines before a statement", "/*\n;\n*/\nSELECT 1;", 4, "SELECT 1"),
                c("dollar quote", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nSELECT 2;",
                        1, "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", 2, "SELECT 2"),
                c("tagged dollar quote with inner $$", "DO $body$\nBEGIN\n  PERFORM $$;$$;\nEND\n$body$;\nSELECT 2;",
                        1, "DO $body$\nBEGIN\n  PERFORM $$;$$;\nEND\n$body$", 6, "SELECT 2"),
                c("positional parameters are not tags", "SELECT $1; SELECT $2;", 1, "SELECT $1", 1, "SELECT $2"),
                c("dollar in identifier is not a tag", "SELECT a$b$; SELECT 2", 1, "SELECT a$b$", 1, "SELECT 2"),
                c("quote in line comment", "SELECT 1; -- it's\nSELECT 2;", 1, "SELECT 1", 2, "SELECT 2"),
                c("multi-line string counts lines", "SELECT 'a\nb\n;c';\nSELECT 2;", 1, "SELECT 'a\nb\n;c'", 4, "SELECT 2"),
                c("CRLF line ends", "SELECT 1;\r\n\r\nSELECT 2;", 1, "SELECT 1", 3, "SELECT 2"),
                c("unterminated string runs to the end", "SELECT 'abc; SELECT 2", 1, "SELECT 'abc; SELECT 2"),
                c("unterminated block comment runs to the end", "SELECT 1; /* SELECT 2;", 1, "SELECT 1"),
                c("trailing whitespace trimmed", "SELECT 1   \n\t;", 1, "SELECT 1"));
    }

    private static Arguments c(String name, String sql, Object... expected) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 2) {
            statements.add(new Statement((String) expected[i + 1], (Integer) expected[i]));
        }
        return Arguments.of(name, sql, statements);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splits(String name, String sql, List<Statement> expected) {
        assertEquals(expected, StatementSplitter.split(sql));
    }
}
