package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ScriptException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A script's own lock and statement timeouts, as SQL header lines and @Revision elements. */
class ScriptTimeoutHeaderTest {
    private static final Path FILE = Path.of("versions/ab12_x.sql");

    @Test
    void sqlHeaderLinesSetTheScriptsTimeouts() {
        ScriptHeader h = SqlScriptParser.parse(FILE, "-- revision: ab12\n-- lock-timeout: 2s\n-- statement-timeout: 500ms\n"
                + "-- upgrade\nSELECT 1;\n-- downgrade\n").header();
        assertEquals(Duration.ofSeconds(2), h.lockTimeout());
        assertEquals(Duration.ofMillis(500), h.statementTimeout());
        ScriptHeader none = SqlScriptParser.parse(FILE, "-- revision: ab12\n-- upgrade\nSELECT 1;\n-- downgrade\n").header();
        assertNull(none.lockTimeout());
        assertNull(none.statementTimeout());
    }

    @Test
    void aTimeoutThatIsNoDurationIsOneClearLine() {
        ScriptException e = assertThrows(ScriptException.class, () -> SqlScriptParser.parse(FILE,
                "-- revision: ab12\n-- lock-timeout: soon\n-- upgrade\nSELECT 1;\n-- downgrade\n"));
        assertTrue(e.getMessage().contains("'-- lock-timeout:' must be a duration such as 500ms, 2s or 1m, found 'soon'"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void revisionElementsSetTheScriptsTimeouts() {
        ScriptHeader h = JavaHeaderReader.read(Path.of("versions/ab12_x.java"),
                "@Revision(id = \"ab12\", lockTimeout = \"3s\", statementTimeout = \"1m\")\nclass X {}");
        assertEquals(Duration.ofSeconds(3), h.lockTimeout());
        assertEquals(Duration.ofMinutes(1), h.statementTimeout());
        ScriptException e = assertThrows(ScriptException.class, () -> JavaHeaderReader.read(Path.of("versions/ab12_x.java"),
                "@Revision(id = \"ab12\", lockTimeout = \"later\")\nclass X {}"));
        assertTrue(e.getMessage().contains("@Revision lockTimeout must be a duration"), e.getMessage());
    }
}
