package dev.retort.render;

import dev.retort.op.Execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialects.Dialects;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextSinkTest {
    private final StringBuilder out = new StringBuilder();

    private SqlTextSink sink(String dialect) {
        return new SqlTextSink(Dialects.forName(dialect), out);
    }

    @Test
    void statementsEndWithASemicolonAndANewline() {
        sink("postgresql").accept(Execute.of("CREATE TABLE t (id INTEGER)"));
        sink("postgresql").accept(Execute.of("DROP TABLE t;  \n"));
        assertEquals("CREATE TABLE t (id INTEGER);\nDROP TABLE t;\n", out.toString());
    }

    @Test
    void mariadbBodiesWithSemicolonsGetADelimiter() {
        sink("mariadb").accept(Execute.of("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END"));
        sink("mariadb").accept(Execute.of("SELECT 1"));
        sink("postgresql").accept(Execute.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END"));
        assertEquals("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\nDELIMITER ;\n"
                + "SELECT 1;\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\n", out.toString());
    }

    @Test
    void parametersBecomeTheDialectsLiterals() {
        sink("mariadb").accept(new Execute("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", Arrays.asList("it's \\", true, null)));
        sink("sqlite").accept(new Execute("INSERT INTO t (a, b) VALUES (?, ?)", List.of("it's \\", true)));
        assertEquals("INSERT INTO t (a, b, c) VALUES ('it''s \\\\', TRUE, NULL);\n"
                + "INSERT INTO t (a, b) VALUES ('it''s \\', 1);\n", out.toString());
    }

    @Test
    void questionMarksInStringsIdentifiersAndCommentsAreNotPlaceholders() {
        sink("postgresql").accept(new Execute(
                "UPDATE \"what?\" SET q = 'why?', r = ? -- really?\n/* or? */ WHERE s = 'it''s?' AND t = ?",
                List.of(1, "x")));
        assertEquals("UPDATE \"what?\" SET q = 'why?', r = 1 -- really?\n/* or? */ WHERE s = 'it''s?' AND t = 'x';\n",
                out.toString());
    }

    @Test
    void withoutParametersTheSqlIsLeftAlone() {
        sink("postgresql").accept(Execute.of("SELECT '{\"a\":1}'::jsonb ? 'a'"));
        assertEquals("SELECT '{\"a\":1}'::jsonb ? 'a';\n", out.toString());
    }

    @Test
    void aParameterCountThatDoesNotMatchThePlaceholdersIsRefused() {
        RetortException tooFew = assertThrows(RetortException.class,
                () -> sink("h2").accept(new Execute("INSERT INTO t VALUES (?, ?)", List.of(1))));
        assertEquals(ErrorCode.BAD_ARGUMENT, tooFew.code());
        RetortException tooMany = assertThrows(RetortException.class,
                () -> sink("h2").accept(new Execute("INSERT INTO t VALUES (?)", List.of(1, 2))));
        assertEquals(ErrorCode.BAD_ARGUMENT, tooMany.code());
        assertEquals("", out.toString());
    }
}
