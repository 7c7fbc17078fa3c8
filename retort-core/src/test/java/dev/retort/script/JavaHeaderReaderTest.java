package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class JavaHeaderReaderTest {

    private static final Path FILE = Path.of("versions", "ab12_add.java");

    private static ScriptHeader read(String source) {
        return JavaHeaderReader.read(FILE, source);
    }

    @Test
    void readsEveryElement() {
        ScriptHeader h = read("""
                import dev.retort.*;

                @Revision(id = "ab12", revises = {"p1", "p2"}, dependsOn = "d1",
                          branchLabels = {}, message = "add phone", created = "2026-01-02T03:04:05Z",
                          transactional = false)
                class AddPhone implements Migration {
                    public void upgrade(Op op) {}
                    public void downgrade(Op op) {}
                }
                """);
        assertEquals(new ScriptHeader("ab12", List.of("p1", "p2"), List.of("d1"), List.of(), "add phone",
                "2026-01-02T03:04:05Z", false, 3), h);
    }

    @Test
    void defaultsForAbsentElements() {
        ScriptHeader h = read("@Revision(id = \"ab12\") class A {}");
        assertEquals(new ScriptHeader("ab12", List.of(), List.of(), List.of(), "", "", true, 1), h);
    }

    /** Source, expected id, revises, message, line. */
    static Stream<Arguments> good() {
        return Stream.of(
                Arguments.of("fully qualified", "@dev.retort.Revision(id = \"a1\") class A {}", "a1", List.of(), "", 1),
                Arguments.of("spaces around @ and dots", "@ dev . retort . Revision ( id = \"a1\" ) class A {}", "a1", List.of(), "", 1),
                Arguments.of("other annotations first", "@SuppressWarnings(\"x\")\n@Deprecated\n@Revision(id=\"a1\") class A {}", "a1", List.of(), "", 3),
                Arguments.of("annotation in a line comment is skipped",
                        "// @Revision(id = \"no\")\n@Revision(id = \"a1\") class A {}", "a1", List.of(), "", 2),
                Arguments.of("annotation in a block comment is skipped",
                        "/* @Revision(id = \"no\")\n */ @Revision(id = \"a1\") class A {}", "a1", List.of(), "", 2),
                Arguments.of("annotation in a string is skipped",
                        "class X { String s = \"@Revision(id = \\\"no\\\")\"; char c = '\"'; char q = '\\''; }\n@Revision(id = \"a1\") class A {}",
                        "a1", List.of(), "", 2),
                Arguments.of("annotation in a text block is skipped",
                        "class X { String s = \"\"\"\n  @Revision(id = \"no\")\n  \\\"\"\" still inside\n  \"\"\"; }\n@Revision(id = \"a1\") class A {}",
                        "a1", List.of(), "", 5),
                Arguments.of("single string revises", "@Revision(id = \"a1\", revises = \"p\") class A {}", "a1", List.of("p"), "", 1),
                Arguments.of("array with trailing comma", "@Revision(id = \"a1\", revises = {\"p\", \"q\",}) class A {}", "a1", List.of("p", "q"), "", 1),
                Arguments.of("concatenation", "@Revision(id = \"a\" + \"1\", message = \"add \" +\n \"phone\") class A {}", "a1", List.of(), "add phone", 1),
                Arguments.of("escapes", "@Revision(id = \"a1\", message = \"say \\\"hi\\\"\\t\\\\ \\u00e9\\101\\n\") class A {}",
                        "a1", List.of(), "say \"hi\"\t\\ \u00e9A\n", 1),
                Arguments.of("text block message", "@Revision(id = \"a1\", message = \"\"\"\n    add\n      phone \\\n    now\"\"\") class A {}",
                        "a1", List.of(), "add\n  phone now", 1),
                Arguments.of("@interface is not the annotation", "@interface Revision {}\n@Revision(id = \"a1\") class A {}", "a1", List.of(), "", 2),
                Arguments.of("CRLF lines", "// c\r\n\r\n@Revision(id = \"a1\") class A {}", "a1", List.of(), "", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void readsGoodHeaders(String name, String source, String id, List<String> revises, String message, int line) {
        ScriptHeader h = read(source);
        assertEquals(id, h.id());
        assertEquals(revises, h.revises());
        assertEquals(message, h.message());
        assertEquals(line, h.line());
    }

    /** Source, expected line, and a piece of the expected message. */
    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("no annotation", "class A {}", 0, "no @Revision annotation found"),
                Arguments.of("annotation only in a comment", "// @Revision(id = \"a\")\nclass A {}", 0, "no @Revision annotation found"),
                Arguments.of("missing id", "\n@Revision(message = \"m\") class A {}", 2, "@Revision has no id"),
                Arguments.of("empty parentheses", "@Revision() class A {}", 1, "@Revision has no id"),
                Arguments.of("no parentheses", "@Revision class A {}", 1, "needs its elements in parentheses"),
                Arguments.of("blank id", "@Revision(id = \"\") class A {}", 1, "id is empty"),
                Arguments.of("unknown element", "@Revision(id = \"a\",\n  parent = \"b\") class A {}", 2,
                        "unknown @Revision element 'parent'; expected id, revises"),
                Arguments.of("duplicate element", "@Revision(id = \"a\", id = \"b\") class A {}", 1, "'id' is given twice"),
                Arguments.of("constant value", "@Revision(id = ID) class A {}", 1, "'id' must be a string literal"),
                Arguments.of("concatenation with a constant", "@Revision(id = \"a\" + X) class A {}", 1, "'id' must be a string literal"),
                Arguments.of("number value", "@Revision(id = \"a\", message = 12) class A {}", 1, "'message' must be a string literal"),
                Arguments.of("method call", "@Revision(id = \"a\".trim()) class A {}", 1, "expected ',' or ')'"),
                Arguments.of("constant in array", "@Revision(id = \"a\",\n revises = {\"p\", Q}) class A {}", 2,
                        "must be a string literal or an array of them"),
                Arguments.of("bad boolean", "@Revision(id = \"a\", transactional = \"no\") class A {}", 1, "must be true or false"),
                Arguments.of("value form", "@Revision(\"a\") class A {}", 1, "expected an element like id = \"...\""),
                Arguments.of("unterminated string", "@Revision(id = \"a) class A {}", 1, "unterminated string literal"),
                Arguments.of("unterminated comment", "/* \n\n@Revision(id = \"a\") class A {}", 1, "unterminated /* comment"),
                Arguments.of("bad escape", "@Revision(id = \"a\\q\") class A {}", 1, "bad escape \\q"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void rejectsBadHeaders(String name, String source, int line, String message) {
        ScriptException e = assertThrows(ScriptException.class, () -> read(source));
        assertEquals(ErrorCode.SCRIPT, e.code());
        assertEquals(FILE, e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith(line > 0 ? FILE + ":" + line + ": " : FILE + ": "), e.getMessage());
    }

    @Test
    void detectsPackageDeclarations() {
        assertTrue(JavaHeaderReader.declaresPackage("// c\n/* d */ package a.b; class A {}"));
        assertFalse(JavaHeaderReader.declaresPackage("import a.b; class A { String s = \"package\"; }"));
        assertFalse(JavaHeaderReader.declaresPackage("// package a;\nclass A {}"));
    }

    @Test
    void textBlockIndentationFollowsTheClosingDelimiter() {
        assertEquals("  a\n  b\n", JavaLexer.stripIndent("    a\n    b\n  "));
        assertEquals("a\n\nb", JavaLexer.stripIndent("  a  \n   \n  b"));
    }
}
