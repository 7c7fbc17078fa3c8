package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.RetortException;
import dev.retort.error.ScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLoaderTest {

    @TempDir
    Path tmp;

    /** A script whose upgrade executes {@code sql}; every script's class is named Step. */
    static String script(String id, String revises, String sql) {
        return "import dev.retort.*;\n"
                + "@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"") + ")\n"
                + "class Step implements Migration {\n"
                + "    private Step() {}\n"
                + "    @Override public void upgrade(Op op) { op.execute(\"" + sql + "\"); }\n"
                + "    @Override public void downgrade(Op op) { op.execute(\"undo " + sql + "\"); }\n"
                + "}\n";
    }

    private Script write(String fileName, String text) throws IOException {
        Path file = tmp.resolve("versions").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        ScriptFormat format = ScriptReader.formatOf(fileName).orElseThrow();
        return ScriptReader.read(file, format);
    }

    private static List<String> upgrade(Migration m) throws Exception {
        RecordingOp op = new RecordingOp();
        m.upgrade(op);
        return op.executed;
    }

    /** Many SQL scripts are parsed at once; the error is still the first broken script's, as in a loop. */
    @Test
    void amongManyScriptsTheFirstBrokenOneIsReported() throws Exception {
        List<Script> scripts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = String.format("s%03d", i);
            String body = i == 23 || i >= 150 ? "-- upgrade\nSELECT 1;\n" : "-- upgrade\nSELECT 1;\n-- downgrade\n";
            scripts.add(write(id + "_step.sql", "-- revision: " + id + "\n" + body));
        }
        ScriptLoader loader = new ScriptLoader(null);

        ScriptException e = assertThrows(ScriptException.class, () -> loader.load(scripts));

        assertTrue(e.getMessage().contains("s023_step.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("no '-- downgrade' line"), e.getMessage());
        scripts.remove(23);
        scripts.subList(149, scripts.size()).clear();
        Map<String, Migration> loaded = loader.load(scripts);
        assertEquals(scripts.stream().map(Script::id).toList(), List.copyOf(loaded.keySet()));
        assertEquals(ScriptChecksum.of(scripts.get(100).path()), loader.checksum(scripts.get(100)));
    }

    @Test
    void compilesScriptsWithTheSameClassNameInOneCall() throws Exception {
        Script a = write("aaaa_first.java", script("aaaa", null, "one"));
        Script b = write("bbbb_second.java", script("bbbb", "aaaa", "two"));
        Script c = write("cccc_third.sql", "-- revision: cccc\n-- revises: bbbb\n-- upgrade\nthree;\n-- downgrade\n");
        ScriptLoader loader = new ScriptLoader(tmp.resolve("cache"));

        Map<String, Migration> loaded = loader.load(List.of(a, b, c));

        assertEquals(List.of("aaaa", "bbbb", "cccc"), List.copyOf(loaded.keySet()));
        assertEquals(List.of("one"), upgrade(loaded.get("aaaa")));
        assertEquals(List.of("two"), upgrade(loaded.get("bbbb")));
        assertEquals(List.of("three"), upgrade(loaded.get("cccc")));
        assertInstanceOf(SqlMigration.class, loaded.get("cccc"));
        assertEquals("retort.scripts.r_aaaa.Step", loaded.get("aaaa").getClass().getName());
        assertEquals("retort.scripts.r_bbbb.Step", loaded.get("bbbb").getClass().getName());
        assertEquals(2, loader.compiledCount());
    }

    @Test
    void anUnchangedScriptIsNeverCompiledTwice() throws Exception {
        Script a = write("aaaa_first.java", script("aaaa", null, "one"));
        Script b = write("bbbb_second.java", script("bbbb", "aaaa", "two"));
        Path cache = tmp.resolve("cache");
        ScriptLoader first = new ScriptLoader(cache);
        first.load(List.of(a, b));
        assertEquals(2, first.compiledCount());
        first.load(List.of(a, b));
        assertEquals(2, first.compiledCount(), "the same loader reuses what it compiled");

        ScriptLoader second = new ScriptLoader(cache);
        Map<String, Migration> loaded = second.load(List.of(a, b));
        assertEquals(0, second.compiledCount());
        assertEquals(List.of("two"), upgrade(loaded.get("bbbb")));

        // Only the changed script is compiled again.
        Script changed = write("bbbb_second.java", script("bbbb", "aaaa", "two, changed"));
        ScriptLoader third = new ScriptLoader(cache);
        Map<String, Migration> again = third.load(List.of(a, changed));
        assertEquals(1, third.compiledCount());
        assertEquals(List.of("two, changed"), upgrade(again.get("bbbb")));

        try (Stream<Path> entries = Files.list(cache)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(3, names.size(), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains(".tmp-")), names.toString());
        }
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgainAndRepaired() throws Exception {
        Script a = write("aaaa_first.java", script("aaaa", null, "one"));
        Path cache = tmp.resolve("cache");
        new ScriptLoader(cache).load(List.of(a));
        Path entry;
        try (Stream<Path> entries = Files.list(cache)) {
            entry = entries.toList().get(0);
        }
        assertTrue(Files.isRegularFile(entry), "one file per cached script");
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(whole, whole.length - 7)); // as if cut short

        ScriptLoader damaged = new ScriptLoader(cache);
        assertEquals(List.of("one"), upgrade(damaged.load(List.of(a)).get("aaaa")));
        assertEquals(1, damaged.compiledCount(), "a cut-short entry is not trusted");
        assertArrayEquals(whole, Files.readAllBytes(entry), "and is written again whole");

        ScriptLoader after = new ScriptLoader(cache);
        after.load(List.of(a));
        assertEquals(0, after.compiledCount());
    }

    @Test
    void aCacheThatCannotBeWrittenIsNotFatal() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("cache-file"), "x");
        Script a = write("aaaa_first.java", script("aaaa", null, "one"));
        ScriptLoader loader = new ScriptLoader(notADirectory);
        assertEquals(List.of("one"), upgrade(loader.load(List.of(a)).get("aaaa")));
        assertEquals(1, loader.compiledCount());
    }

    @Test
    void aCompileErrorReportsTheFirstErrorsFileAndLine() throws Exception {
        Script good = write("aaaa_good.java", script("aaaa", null, "one"));
        Script bad = write("bbbb_bad.java", """
                import dev.retort.*;
                @Revision(id = "bbbb")
                class Bad implements Migration {
                    public void upgrade(Op op) {
                        op.exekute("x");
                        int i = "not a number";
                    }
                    public void downgrade(Op op) {}
                }
                """);
        ScriptLoader loader = new ScriptLoader(tmp.resolve("cache"));
        ScriptException e = assertThrows(ScriptException.class, () -> loader.load(List.of(good, bad)));
        assertEquals(ErrorCode.COMPILE, e.code());
        assertEquals(bad.path(), e.file());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith(bad.path() + ":5: cannot find symbol"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (and 1 more error)"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        assertTrue(!Files.exists(tmp.resolve("cache")) || isEmpty(tmp.resolve("cache")), "nothing is cached");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void anAnnotationIdThatDiffersFromTheHeaderIsRefused() throws Exception {
        // The header reader takes the first @Revision; the class carries another one.
        Script s = write("aaaa_odd.java", """
                import dev.retort.*;
                /** Not a migration; only here to mislead. */
                @Revision(id = "aaaa") @interface Marker {}
                @Revision(id = "zzzz")
                class Odd implements Migration {
                    public void upgrade(Op op) {}
                    public void downgrade(Op op) {}
                }
                """);
        assertEquals("aaaa", s.id());
        ScriptException e = assertThrows(ScriptException.class, () -> new ScriptLoader(null).load(List.of(s)));
        assertEquals(ErrorCode.SCRIPT, e.code());
        assertEquals(s.path() + ":3: class Odd is annotated with id 'zzzz' but the script's header says 'aaaa'; "
                + "keep one @Revision annotation per script", e.getMessage());
    }

    @Test
    void aScriptWithoutAMigrationClassIsRefused() throws Exception {
        Script s = write("aaaa_none.java", "import dev.retort.*;\n@Revision(id = \"aaaa\")\nclass NotAMigration {}\n");
        ScriptException e = assertThrows(ScriptException.class, () -> new ScriptLoader(null).load(List.of(s)));
        assertEquals(ErrorCode.SCRIPT, e.code());
        assertTrue(e.getMessage().contains("no top-level class implements dev.retort.Migration"), e.getMessage());
    }

    @Test
    void aScriptWithItsOwnPackageKeepsIt() throws Exception {
        String text = "package com.example.db;\n" + script("aaaa", null, "one").replace("class Step", "public class Step");
        Script s = write("aaaa_pkg.java", text);
        Migration m = new ScriptLoader(null).load(List.of(s)).get("aaaa");
        assertEquals("com.example.db.Step", m.getClass().getName());
        assertEquals(List.of("one"), upgrade(m));
    }

    @Test
    void nestedAndHelperClassesAreLoadedToo() throws Exception {
        Script s = write("aaaa_helpers.java", """
                import dev.retort.*;
                import java.util.function.Supplier;
                @Revision(id = "aaaa")
                class Main implements Migration {
                    static final class Inner { static String sql() { return Helper.sql(); } }
                    public void upgrade(Op op) {
                        Supplier<String> s = () -> Inner.sql();
                        op.execute(s.get());
                    }
                    public void downgrade(Op op) {}
                }
                class Helper { static String sql() { return "from helper"; } }
                """);
        assertEquals(List.of("from helper"), upgrade(new ScriptLoader(null).load(List.of(s)).get("aaaa")));
    }

    @Test
    void withoutACompilerJavaScriptsNeedAJdkButSqlScriptsWork() throws Exception {
        Script java = write("aaaa_first.java", script("aaaa", null, "one"));
        Script sql = write("bbbb_second.sql", "-- revision: bbbb\n-- upgrade\ntwo;\n-- downgrade\n");
        ScriptLoader jre = new ScriptLoader(tmp.resolve("cache"), () -> null);
        RetortException e = assertThrows(RetortException.class, () -> jre.load(List.of(java, sql)));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertTrue(e.getMessage().startsWith("Java migration scripts need a JDK to compile"), e.getMessage());
        assertEquals(List.of("two"), upgrade(jre.load(List.of(sql)).get("bbbb")));

        // Once compiled by a JDK, a cached script loads without a compiler.
        new ScriptLoader(tmp.resolve("cache")).load(List.of(java));
        assertEquals(List.of("one"), upgrade(jre.load(List.of(java, sql)).get("aaaa")));
    }

    @Test
    void concurrentLoadersShareTheCacheSafely() throws Exception {
        List<Script> scripts = List.of(write("aaaa_first.java", script("aaaa", null, "one")),
                write("bbbb_second.java", script("bbbb", "aaaa", "two")));
        Path cache = tmp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<String, Migration>>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> new ScriptLoader(cache).load(scripts)));
            }
            for (Future<Map<String, Migration>> r : results) {
                assertEquals(List.of("two"), upgrade(r.get().get("bbbb")));
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(2, names.size(), names.toString());
        }
        ScriptLoader after = new ScriptLoader(cache);
        after.load(scripts);
        assertEquals(0, after.compiledCount());
    }

    @Test
    void syntheticPackagesAreDistinctForDistinctIds() {
        assertEquals("retort.scripts.r_ab12", ScriptLoader.packageFor("ab12"));
        assertNotEquals(ScriptLoader.packageFor("a-b"), ScriptLoader.packageFor("a_b"));
        assertEquals("retort.scripts.r_a_002db", ScriptLoader.packageFor("a-b"));
        assertEquals("package p; import x;\nclass A {}", ScriptLoader.withPackage("import x;\nclass A {}", "p"));
    }

    @Test
    void multiLineJavacMessagesBecomeOneLine() {
        assertEquals("cannot find symbol (symbol: method exekute(String), location: variable op of type Op)",
                ScriptCompiler.oneLine("cannot find symbol\n  symbol:   method exekute(String)\n  location: variable op of type Op"));
    }
}
