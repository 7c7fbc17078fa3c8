package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.cli.e2e.E2eScript.Check;
import dev.retort.cli.e2e.E2eScript.Edit;
import dev.retort.cli.e2e.E2eScript.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end harness itself, and the scripts that need no engine. */
class HarnessTest {
    @TempDir
    Path dir;

    @Test
    void initScriptPasses() throws Exception {
        EndToEndTest.run(E2eScript.parse("init.txt", EndToEndTest.read("init.txt")), "sqlite");
    }

    @Test
    void everyScriptParses() throws Exception {
        for (String name : EndToEndTest.scriptNames()) {
            assertFalse(E2eScript.parse(name, EndToEndTest.read(name)).steps().isEmpty(), name);
        }
    }

    @Test
    void parsesEveryKindOfStep() {
        E2eScript script = E2eScript.parse("t.txt", """
                # comment
                $ retort upgrade head
                > exit 1
                > out
                ! err
                >
                [postgresql] ? contains a.txt some text
                [!sqlite, h2] @ replace a.txt
                - old
                + new
                @ end
                """);
        assertEquals(List.of(
                new Run(2, Set.of(), "upgrade head", 1, List.of("out", ""), List.of("err")),
                new Check(7, Set.of("postgresql"), "contains", "a.txt", "some text"),
                new Edit(8, Set.of("!sqlite", "h2"), "replace", "a.txt", List.of("- old", "+ new"))), script.steps());
        assertTrue(E2eScript.applies(script.steps().get(1), "postgresql"));
        assertFalse(E2eScript.applies(script.steps().get(1), "sqlite"));
        assertThrows(IllegalArgumentException.class, () -> E2eScript.parse("t", "retort heads"));
        assertThrows(IllegalArgumentException.class, () -> E2eScript.parse("t", "@ write x\nno end"));
        assertThrows(IllegalArgumentException.class, () -> E2eScript.parse("t", "? exist x"));
    }

    @Test
    void placeholdersCaptureAndReuseIds() {
        Placeholders p = new Placeholders(Map.of("db", "sqlite"));
        var first = p.compile("Generating v/{{id}}_x.java ... done");
        var second = p.compile("{{id1}} -> {{id}} (head), took {{ms}} ms on {{db}}: {{any}}");
        assertTrue(p.matches(first, "Generating v/1975ea83b712_x.java ... done"));
        assertEquals("1975ea83b712", p.get("id1"));
        assertFalse(p.matches(second, "aaaaaaaaaaaa -> 523dbb60ecfe (head), took 5 ms on sqlite: x"));
        assertTrue(p.matches(second, "1975ea83b712 -> 523dbb60ecfe (head), took 12 ms on sqlite: anything (at all)"));
        assertEquals("523dbb60ecfe", p.get("id2"));
        assertFalse(p.matches(p.compile("a.b"), "axb"));
        assertEquals("downgrade 1975ea83b712", p.expand("downgrade {{id1}}"));
        assertThrows(IllegalArgumentException.class, () -> p.expand("{{id9}}"));
    }

    @Test
    void wordsSplitLikeAShell() {
        assertEquals(List.of("revision", "-m", "create account table", "--x=it's", "a b", "c\"d"),
                Words.split("revision -m \"create account table\" --x=it\\'s 'a b' c\\\"d"));
        assertEquals(List.of("-m", ""), Words.split("-m ''"));
        assertThrows(IllegalArgumentException.class, () -> Words.split("-m 'open"));
    }

    @Test
    void aFailureShowsTheCommandAndBothOutputs() throws IOException {
        E2eScript script = E2eScript.parse("t.txt", "$ retort init m\n! ...\n! not printed\n");
        AssertionError e = assertThrows(AssertionError.class,
                () -> new E2eRunner(dir, "sqlite", Map.of(), Map.of()).run(script));
        assertTrue(e.getMessage().startsWith("t.txt:1 [sqlite]: $ retort init m\n--- expected stdout\n--- actual stdout\n"
                + "--- expected stderr\n...\nnot printed\n"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--- actual stderr\nCreating directory m ... done\n"), e.getMessage());
    }

    @Test
    void editsAndChecksFiles() throws IOException {
        E2eScript script = E2eScript.parse("t.txt", """
                @ write sub/a.txt
                hello {{db}}
                @ end
                @ append sub/a.txt
                more
                @ end
                @ replace sub/a.txt
                - more
                + less
                @ end
                ? contains sub/a.txt hello sqlite
                ? absent sub/b.txt
                ? exists sub
                """);
        new E2eRunner(dir, "sqlite", Map.of(), Map.of("db", "sqlite")).run(script);
        assertEquals("hello sqlite\nless\n", Files.readString(dir.resolve("sub/a.txt")));
        E2eScript failing = E2eScript.parse("t.txt", "? exists nope.txt\n");
        assertThrows(AssertionError.class, () -> new E2eRunner(dir, "sqlite", Map.of(), Map.of()).run(failing));
    }
}
