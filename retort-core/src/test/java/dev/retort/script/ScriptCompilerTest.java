package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ScriptException;
import java.nio.file.Path;
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
        ScriptCompiler.Unit unit = new ScriptCompiler.Unit(Path.of("aaaa_step.java"), SCRIPT.formatted(expression));
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
}
