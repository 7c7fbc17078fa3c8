package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlScriptParserTest {

    private static final Path FILE = Path.of("versions", "ab12_add.sql");

    @Test
    void readsEveryKeyAndBothSections() {
        SqlScriptParser.Parsed p = SqlScriptParser.parse(FILE, """
                -- Adds the phone column.
                -- revision: ab12
                -- revises: p1, p2
                -- depends-on: d1
                -- branch-labels:
                -- message: add phone: mobile only
                -- created: 2026-01-02T03:04:05Z
                -- transactional: false

                -- upgrade
                ALTER TABLE a ADD phone text;
                -- downgrade
                ALTER TABLE a DROP phone;
                """);
        assertEquals(new ScriptHeader("ab12", List.of("p1", "p2"), List.of("d1"), List.of(),
                "add phone: mobile only", "2026-01-02T03:04:05Z", false, 2), p.header());
        assertEquals("ALTER TABLE a ADD phone text;\n", p.upgrade());
        assertEquals(11, p.upgradeLine());
        assertEquals("ALTER TABLE a DROP phone;\n\n", p.downgrade());
        assertEquals(13, p.downgradeLine());
    }

    @Test
    void minimalScriptIsABaseWithEmptyDowngrade() {
        SqlScriptParser.Parsed p = SqlScriptParser.parse(FILE, "-- revision: ab12\n-- upgrade\nSELECT 1;\n--downgrade");
        assertEquals(new ScriptHeader("ab12", List.of(), List.of(), List.of(), "", "", true, 1), p.header());
        assertEquals("", p.downgrade());
    }

    /** Script text, then the expected upgrade and downgrade bodies. */
    static Stream<Arguments> markers() {
        return Stream.of(
                Arguments.of("marker in a block comment", "-- revision: a\n-- upgrade\nSELECT 1;\n/*\n-- downgrade\n*/\n-- downgrade\nSELECT 2;",
                        "SELECT 1;\n/*\n-- downgrade\n*/\n", "SELECT 2;\n"),
                Arguments.of("marker in a multi-line string", "-- revision: a\n-- upgrade\nINSERT INTO t VALUES ('x\n-- downgrade\n');\n-- downgrade\nSELECT 2;",
                        "INSERT INTO t VALUES ('x\n-- downgrade\n');\n", "SELECT 2;\n"),
                Arguments.of("marker in a dollar quote", "-- revision: a\n-- upgrade\nDO $$\n-- downgrade\n$$;\n-- downgrade\n",
                        "DO $$\n-- downgrade\n$$;\n", "\n"),
                Arguments.of("PostgreSQL string ending in a backslash", "-- revision: a\n-- upgrade\nSELECT 'C:\\';\n-- downgrade\nSELECT 2;",
                        "SELECT 'C:\\';\n", "SELECT 2;\n"),
                Arguments.of("MySQL escaped quote", "-- revision: a\n-- upgrade\nSELECT 'it\\'s';\n-- downgrade\nSELECT 2;",
                        "SELECT 'it\\'s';\n", "SELECT 2;\n"),
                Arguments.of("quote in a comment", "-- revision: a\n-- upgrade\nSELECT 1; -- it's\n# it's\n-- downgrade\nSELECT 2;",
                        "SELECT 1; -- it's\n# it's\n", "SELECT 2;\n"),
                Arguments.of("UTF-8 byte order mark", "\uFEFF-- revision: a\n-- upgrade\nSELECT 1;\n-- downgrade\n",
                        "SELECT 1;\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markers")
    void findsMarkersOutsideCommentsAndStrings(String name, String text, String upgrade, String downgrade) {
        SqlScriptParser.Parsed p = SqlScriptParser.parse(FILE, text);
        assertEquals("a", p.header().id());
        assertEquals(upgrade, p.upgrade());
        assertEquals(downgrade, p.downgrade());
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("no revision", "-- message: m\n-- upgrade\n-- downgrade\n", 1, "no '-- revision: <id>' header line"),
                Arguments.of("empty revision", "-- revision:\n-- upgrade\n-- downgrade\n", 1, "needs one revision id"),
                Arguments.of("two ids", "-- revision: a, b\n-- upgrade\n-- downgrade\n", 1, "needs one revision id"),
                Arguments.of("unknown key", "-- revision: a\n-- parent: b\n-- upgrade\n-- downgrade\n", 2,
                        "unknown header key 'parent'; expected one of revision, revises"),
                Arguments.of("duplicate key", "-- revision: a\n-- revises: b\n-- revises: c\n-- upgrade\n-- downgrade\n", 3,
                        "'revises' is given twice (first on line 2)"),
                Arguments.of("no upgrade", "-- revision: a\n", 1, "no '-- upgrade' line"),
                Arguments.of("no downgrade", "-- revision: a\n\n-- upgrade\nSELECT 1;\n", 3, "no '-- downgrade' line"),
                Arguments.of("downgrade first", "-- revision: a\n-- downgrade\n-- upgrade\n", 2, "'-- downgrade' before '-- upgrade'"),
                Arguments.of("upgrade after downgrade", "-- revision: a\n-- upgrade\n-- downgrade\n-- upgrade\n", 4,
                        "a second '-- upgrade' line (the first is on line 2)"),
                Arguments.of("duplicate upgrade", "-- revision: a\n-- upgrade\n-- upgrade\n-- downgrade\n", 3, "a second '-- upgrade' line"),
                Arguments.of("duplicate downgrade", "-- revision: a\n-- upgrade\n-- downgrade\n\n-- DOWNGRADE\n", 5,
                        "a second '-- downgrade' line (the first is on line 3)"),
                Arguments.of("SQL in the header", "-- revision: a\nSELECT 1;\n-- upgrade\n-- downgrade\n", 2, "SQL before the '-- upgrade' line"),
                Arguments.of("bad transactional", "-- revision: a\n-- transactional: maybe\n-- upgrade\n-- downgrade\n", 2,
                        "must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void rejectsBadScripts(String name, String text, int line, String message) {
        ScriptException e = assertThrows(ScriptException.class, () -> SqlScriptParser.parse(FILE, text));
        assertEquals(ErrorCode.SCRIPT, e.code());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** The header-only read (what opening a directory does) gives the full parse's header and header errors. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void headerReadReportsTheSameHeaderErrors(String name, String text, int line, String message) {
        boolean inHeader = !List.of("no downgrade", "upgrade after downgrade", "duplicate upgrade",
                "duplicate downgrade").contains(name);
        if (inHeader) {
            ScriptException e = assertThrows(ScriptException.class, () -> SqlScriptParser.header(FILE, text));
            assertEquals(line, e.line());
            assertTrue(e.getMessage().contains(message), e.getMessage());
        } else {
            assertEquals("a", SqlScriptParser.header(FILE, text).id(), "section errors wait for the full parse");
        }
    }

    @Test
    void headerReadStopsAtTheFirstUpgradeLineAndMatchesTheFullParse() {
        String text = "\uFEFF-- A comment: not a key\r\n-- revision: ab12\r\n-- revises: p1, p2\r\n"
                + "-- transactional: false\r\n\r\n  --  UPGRADE  \r\nSELECT 1;\n-- downgrade\nSELECT 2;";
        assertEquals(SqlScriptParser.parse(FILE, text).header(), SqlScriptParser.header(FILE, text));
        assertEquals(new ScriptHeader("ab12", List.of("p1", "p2"), List.of(), List.of(), "", "", false, 2),
                SqlScriptParser.header(FILE, text));
        // What follows the upgrade line is not read: an unterminated comment there costs nothing now.
        assertEquals("ab12", SqlScriptParser.header(FILE, "-- revision: ab12\r-- upgrade\r/* SELECT 'x").id());
    }
}
