package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.script.StatementSplitter.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
                c("trailing whitespace trimmed", "SELECT 1   \n\t;", 1, "SELECT 1"),
                c("SQLite trigger body keeps its semicolons",
                        "CREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN UPDATE t SET updated = 'now' WHERE id = NEW.id; END;\nSELECT 2;",
                        1, "CREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN UPDATE t SET updated = 'now' WHERE id = NEW.id; END",
                        2, "SELECT 2"),
                c("temp trigger with CASE ... END inside the body",
                        "create temp trigger x after insert on t begin\n  select case when new.a = 1 then 'a;' else 'b' end;\n  delete from u;\nend;\nSELECT 2",
                        1, "create temp trigger x after insert on t begin\n  select case when new.a = 1 then 'a;' else 'b' end;\n  delete from u;\nend",
                        5, "SELECT 2"),
                c("PostgreSQL BEGIN ATOMIC",
                        "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\nSELECT f();",
                        1, "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                        2, "SELECT f()"),
                c("PostgreSQL trigger without a body splits as usual",
                        "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f(); SELECT 2",
                        1, "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f()", 1, "SELECT 2"),
                c("BEGIN outside a routine is a transaction", "BEGIN; SELECT 1; END;",
                        1, "BEGIN", 1, "SELECT 1", 1, "END"),
                c("begin in a string or comment does not open a body",
                        "CREATE FUNCTION f() RETURNS text AS 'begin' /* begin */ LANGUAGE sql; SELECT 2",
                        1, "CREATE FUNCTION f() RETURNS text AS 'begin' /* begin */ LANGUAGE sql", 1, "SELECT 2"),
                c("DELIMITER directive", "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\ndelimiter ;\nCALL p();",
                        2, "CREATE PROCEDURE p() BEGIN SELECT 1; END", 4, "CALL p()"),
                c("BOM is whitespace", "\uFEFFSELECT 1;", 1, "SELECT 1"));
    }

    /** Cases read with MariaDB/MySQL lexing. */
    static Stream<Arguments> mysqlCases() {
        return Stream.of(
                c("backslash escapes a quote", "SELECT 'it\\'s; here'; SELECT 2", 1, "SELECT 'it\\'s; here'", 1, "SELECT 2"),
                c("backslash escapes a double quote", "SELECT \"a\\\"; b\"; SELECT 2", 1, "SELECT \"a\\\"; b\"", 1, "SELECT 2"),
                c("hash comment", "# first; not a statement\nSELECT 1; # done; really\nSELECT 2",
                        2, "SELECT 1", 3, "SELECT 2"),
                c("hash comment inside a statement is kept", "SELECT 1 # a; b\n, 2;", 1, "SELECT 1 # a; b\n, 2"),
                c("dollar is an ordinary character", "SELECT $$; SELECT 2", 1, "SELECT $$", 1, "SELECT 2"),
                c("MariaDB procedure with nested IF and CASE",
                        "CREATE DEFINER=`root`@`%` PROCEDURE p1(x INT)\nBEGIN\n  IF x > 0 THEN\n    INSERT INTO t VALUES (1);\n"
                                + "  ELSE\n    CASE x WHEN 0 THEN INSERT INTO t VALUES (0); ELSE BEGIN INSERT INTO t VALUES (-1); END; END CASE;\n"
                                + "  END IF;\n  lbl: LOOP LEAVE lbl; END LOOP lbl;\n  INSERT INTO t VALUES (IF(x, 'a;', 'b'));\nEND;\nCALL p1(1);",
                        1, "CREATE DEFINER=`root`@`%` PROCEDURE p1(x INT)\nBEGIN\n  IF x > 0 THEN\n    INSERT INTO t VALUES (1);\n"
                                + "  ELSE\n    CASE x WHEN 0 THEN INSERT INTO t VALUES (0); ELSE BEGIN INSERT INTO t VALUES (-1); END; END CASE;\n"
                                + "  END IF;\n  lbl: LOOP LEAVE lbl; END LOOP lbl;\n  INSERT INTO t VALUES (IF(x, 'a;', 'b'));\nEND",
                        11, "CALL p1(1)"),
                c("CREATE OR REPLACE PROCEDURE", "CREATE OR REPLACE PROCEDURE p2() BEGIN INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END;",
                        1, "CREATE OR REPLACE PROCEDURE p2() BEGIN INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END"),
                c("DELIMITER $$ with WHILE and REPEAT",
                        "DELIMITER $$\nCREATE FUNCTION f() RETURNS INT\nBEGIN\n  WHILE 0 DO SET @a = 1; END WHILE;\n"
                                + "  REPEAT SET @a = 2; UNTIL 1 END REPEAT;\n  RETURN 1;\nEND$$\nDELIMITER ;\nSELECT f();",
                        2, "CREATE FUNCTION f() RETURNS INT\nBEGIN\n  WHILE 0 DO SET @a = 1; END WHILE;\n"
                                + "  REPEAT SET @a = 2; UNTIL 1 END REPEAT;\n  RETURN 1;\nEND",
                        9, "SELECT f()"),
                c("event body", "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE FROM u; END; SELECT 2",
                        1, "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE FROM u; END", 1, "SELECT 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlCases")
    void splitsWithMysqlLexing(String name, String sql, List<Statement> expected) {
        assertEquals(expected, StatementSplitter.split(sql, new MariaDbDialect().sqlSyntax()));
    }

    /** The same text read differently by the two lexings. */
    static Stream<Arguments> lexingDifferences() {
        return Stream.of(
                Arguments.of("SELECT 'C:\\'; SELECT 2", 2, 1),
                Arguments.of("SELECT 1 # 2; SELECT 3", 2, 1),
                Arguments.of("SELECT 'a\\'; SELECT 'b'; SELECT 3", 3, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lexingDifferences")
    void lexingMatters(String sql, int standardCount, int mysqlCount) {
        assertEquals(standardCount, StatementSplitter.split(sql).size());
        assertEquals(mysqlCount, StatementSplitter.split(sql, new MariaDbDialect().sqlSyntax()).size());
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

    @Test
    void readsOnPastTheWordThatEndCloses() {
        // In "END IF$$BEGIN" only IF belongs to END; the BEGIN after the '$'s opens a block of its own.
        String sql = "CREATE PROCEDURE p BEGIN IF x THEN y; END IF$$BEGIN z; END; END; SELECT 1";
        List<Statement> expected = List.of(
                new Statement("CREATE PROCEDURE p BEGIN IF x THEN y; END IF$$BEGIN z; END; END", 1),
                new Statement("SELECT 1", 1));
        assertEquals(expected, StatementSplitter.split(sql));
        assertEquals(expected, StatementSplitter.split(sql, new MariaDbDialect().sqlSyntax()));
    }
}
