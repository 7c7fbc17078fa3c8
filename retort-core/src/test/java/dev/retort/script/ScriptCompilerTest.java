package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ScriptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Scripts are Java 17 code whatever JDK compiles them: the API they may use and the class files they become. */
class ScriptCompilerTest {
    private static final String SCRIPT = """
            import dev.retort.*;
            import java.util.List;
            class Step implements Migration {
                public void upgrade(Op op) { op.execute(%s); }
                public void downgrade(Op op) {}
            }
            """;

    private static Map<String, byte[]> compile(String expression) {
        ScriptCompiler.Unit unit = new ScriptCompiler.Unit(Path.of("aaaa_step.java"), SCRIPT.formatted(expression), false);
        return ScriptCompiler.compile(List.of(unit), ToolProvider.getSystemJavaCompiler()).get(0);
    }

    @Test
    void scriptsBecomeJava17ClassFilesOnAnyJdk() {
        byte[] bytes = compile("\"SELECT 1\"").get("Step");
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        assertEquals(61, major, "class file version of a compiled script on JDK " + Runtime.version().feature());
    }

    @Test
    void anApiNewerThanJava17IsRefusedOnAnyJdk() {
        // List.reversed() came with Java 21 (sequenced collections).
        ScriptException e = assertThrows(ScriptException.class,
                () -> compile("String.join(\",\", List.of(\"a\").reversed())"));
        assertTrue(e.getMessage().contains("aaaa_step.java:4"), e.getMessage());
    }

    @Test
    void releaseIsAskedOnlyOfAJdkOtherThanTheScriptsOwn() {
        List<String> on17 = ScriptCompiler.options(17, "cp");
        List<String> on21 = ScriptCompiler.options(21, "cp");
        assertFalse(on17.contains("--release"), on17.toString());
        assertEquals("17", on21.get(on21.indexOf("--release") + 1), on21.toString());
        assertEquals(on17, on21.subList(0, on17.size()), "the other options are the same");
    }

    private static final String OWN = """
            import dev.retort.*;
            class Step%d implements Migration {
                public void upgrade(Op op) { op.execute(%s); }
                public void downgrade(Op op) {}
            }
            """;

    private static ScriptCompiler.Unit own(int i, String expression) {
        return new ScriptCompiler.Unit(Path.of("s" + i + ".java"), "package p" + i + "; " + OWN.formatted(i, expression),
                true);
    }

    @Test
    void manyScriptsInPackagesOfTheirOwnCompileInPartsEachToItsClasses() {
        List<ScriptCompiler.Unit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(own(i, "\"SELECT " + i + "\""));
        }
        List<Map<String, byte[]>> parts = ScriptCompiler.compile(units, ToolProvider.getSystemJavaCompiler(), 2);
        List<Map<String, byte[]>> whole = ScriptCompiler.compile(units, ToolProvider.getSystemJavaCompiler());
        assertEquals(5, parts.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of("p" + i + ".Step" + i), List.copyOf(parts.get(i).keySet()));
            assertArrayEquals(whole.get(i).get("p" + i + ".Step" + i), parts.get(i).get("p" + i + ".Step" + i),
                    "the same class file as from one call");
        }
    }

    @Test
    void errorsInSeveralPartsAreReportedAsFromOneCall() {
        List<ScriptCompiler.Unit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(own(i, i == 1 || i == 4 ? "undefined" + i : "\"SELECT 1\""));
        }
        ScriptException e = assertThrows(ScriptException.class,
                () -> ScriptCompiler.compile(units, ToolProvider.getSystemJavaCompiler(), 2));
        assertTrue(e.getMessage().contains("s1.java:3"), e.getMessage());
        assertTrue(e.getMessage().contains("undefined1") && e.getMessage().contains("(and 1 more error)"),
                e.getMessage());
    }

    @Test
    void scriptsThatDeclareAPackageCompileTogetherWhateverTheirNumber() {
        // b uses a's class: in separate calls it would not find it.
        List<ScriptCompiler.Unit> units = List.of(
                new ScriptCompiler.Unit(Path.of("a.java"), "package shared; public class Helper { "
                        + "public static String sql() { return \"SELECT 1\"; } }", false),
                new ScriptCompiler.Unit(Path.of("b.java"), "package shared; " + OWN.formatted(0, "Helper.sql()"), false));
        List<Map<String, byte[]>> out = ScriptCompiler.compile(units, ToolProvider.getSystemJavaCompiler(), 1);
        assertEquals(List.of("shared.Helper"), List.copyOf(out.get(0).keySet()));
        assertEquals(List.of("shared.Step0"), List.copyOf(out.get(1).keySet()));
    }
}
