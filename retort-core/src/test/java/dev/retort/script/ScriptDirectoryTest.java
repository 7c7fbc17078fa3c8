package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ScriptException;
import dev.retort.revision.RevisionNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {

    @TempDir
    Path tmp;

    static String java(String id, String revises) {
        return "import dev.retort.*;\n@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"")
                + ", message = \"m " + id + "\")\nclass M implements Migration {\n"
                + "    public void upgrade(Op op) {}\n    public void downgrade(Op op) {}\n}\n";
    }

    static String sql(String id, String revises) {
        return "-- revision: " + id + "\n-- revises: " + (revises == null ? "" : revises) + "\n-- upgrade\nSELECT 1;\n-- downgrade\n";
    }

    private Path versions() throws IOException {
        return Files.createDirectories(tmp.resolve("migrations").resolve("versions"));
    }

    @Test
    void missingLocationSuggestsInit() {
        Path location = tmp.resolve("nope");
        RetortException e = assertThrows(RetortException.class, () -> ScriptDirectory.open(location, List.of()));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("no migration environment at " + location + "; run 'retort init " + location + "'", e.getMessage());
    }

    @Test
    void locationWithoutVersionsIsNotAnEnvironment() throws IOException {
        Path location = Files.createDirectories(tmp.resolve("migrations"));
        RetortException e = assertThrows(RetortException.class, () -> ScriptDirectory.open(location, List.of()));
        assertEquals(ErrorCode.CONFIG, e.code());
    }

    @Test
    void listsScriptsSortedByFileNameAndIgnoresNoise() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("bb_second.java"), java("bb", "aa"));
        Files.writeString(v.resolve("aa_first.sql"), sql("aa", null));
        Files.writeString(v.resolve("cc_third.SQL"), sql("cc", "bb"));
        Files.writeString(v.resolve(".hidden.java"), "garbage");
        Files.writeString(v.resolve("__init__.java"), "garbage");
        Files.writeString(v.resolve("notes.txt"), "garbage");
        Files.writeString(v.resolve("dd.java~"), "garbage");
        Files.createDirectories(v.resolve("sub.java"));
        Files.createDirectories(v.resolve("nested"));
        Files.writeString(v.resolve("nested").resolve("ee.sql"), sql("ee", null));

        ScriptDirectory dir = ScriptDirectory.open(tmp.resolve("migrations"), List.of());
        assertEquals(v, dir.versionsDir());
        assertEquals(tmp.resolve("migrations"), dir.location());
        assertEquals(List.of("aa", "bb", "cc"), dir.scripts().stream().map(Script::id).toList());
        assertEquals(List.of(ScriptFormat.SQL, ScriptFormat.JAVA, ScriptFormat.SQL),
                dir.scripts().stream().map(Script::format).toList());
        Script bb = dir.script("bb").orElseThrow();
        assertEquals(new RevisionNode("bb", List.of("aa"), List.of(), Set.of(), "bb_second.java"), bb.node());
        assertEquals("m bb", bb.header().message());
        assertTrue(dir.script("zz").isEmpty());
    }

    @Test
    void readsSeveralVersionLocations() throws IOException {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(one.resolve("b_x.sql"), sql("b", "a"));
        Files.writeString(two.resolve("a_x.sql"), sql("a", null));
        ScriptDirectory dir = ScriptDirectory.open(tmp, List.of(one, two));
        assertEquals(one, dir.versionsDir());
        assertEquals(List.of("a", "b"), dir.scripts().stream().map(Script::id).toList());
    }

    @Test
    void missingVersionLocationIsAConfigError() {
        RetortException e = assertThrows(RetortException.class,
                () -> ScriptDirectory.open(tmp, List.of(tmp.resolve("gone"))));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertTrue(e.getMessage().contains("gone does not exist"), e.getMessage());
    }

    @Test
    void duplicateIdsNameBothFiles() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("aa_one.sql"), sql("aa", null));
        Files.writeString(v.resolve("aa_two.java"), java("aa", null));
        ScriptException e = assertThrows(ScriptException.class,
                () -> ScriptDirectory.open(tmp.resolve("migrations"), List.of()));
        assertEquals(ErrorCode.GRAPH, e.code());
        assertEquals(v.resolve("aa_two.java") + ":2: revision id 'aa' is also declared in " + v.resolve("aa_one.sql")
                + "; give one of them a new id", e.getMessage());
    }

    @Test
    void malformedScriptFailsTheOpen() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("aa_one.sql"), "-- revises: x\n-- upgrade\n-- downgrade\n");
        ScriptException e = assertThrows(ScriptException.class,
                () -> ScriptDirectory.open(tmp.resolve("migrations"), List.of()));
        assertEquals(ErrorCode.SCRIPT, e.code());
        assertEquals(v.resolve("aa_one.sql"), e.file());
    }

    @Test
    void invalidUtf8IsAScriptError() throws IOException {
        Path v = versions();
        Files.write(v.resolve("aa_one.sql"), new byte[] {'-', '-', ' ', (byte) 0xff, '\n'});
        ScriptException e = assertThrows(ScriptException.class,
                () -> ScriptDirectory.open(tmp.resolve("migrations"), List.of()));
        assertTrue(e.getMessage().endsWith("is not valid UTF-8 text; save it as UTF-8"), e.getMessage());
    }

    @Test
    void readsAThousandScriptsQuickly() throws IOException {
        Path v = versions();
        String parent = null;
        for (int i = 0; i < 1000; i++) {
            String id = String.format("%012x", i + 1);
            Files.writeString(v.resolve(id + "_step_" + i + (i % 2 == 0 ? ".java" : ".sql")),
                    i % 2 == 0 ? java(id, parent) : sql(id, parent));
            parent = id;
        }
        long start = System.nanoTime();
        ScriptDirectory dir = ScriptDirectory.open(tmp.resolve("migrations"), List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1000, dir.scripts().size());
        assertEquals("000000000001", dir.scripts().get(0).id());
        // Generous for a loaded 2-core machine; a regex or per-line re-read would take seconds.
        assertTrue(millis < 3000, "took " + millis + " ms");
    }
}
