package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWriterTest {

    /** Run with -Dretort.golden.update=true to rewrite the golden files, then review the diff. */
    private static final boolean UPDATE = Boolean.getBoolean("retort.golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/script/golden");

    @TempDir
    Path tmp;

    private static ScriptHeader header(String id, List<String> revises, String message) {
        return new ScriptHeader(id, revises, List.of(), List.of(), message, "2026-11-25T10:00:00Z", true, 0);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }

    @Test
    void slugs() {
        assertEquals("add_phone_column", ScriptWriter.slug("Add phone column"));
        assertEquals("add_user_s_e_mail", ScriptWriter.slug("  Add user's e-mail!! "));
        assertEquals("café", ScriptWriter.slug("Café"));
        assertEquals("descrição_da_mudança", ScriptWriter.slug("descrição da mudança"));
        assertEquals("таблица_1", ScriptWriter.slug("Таблица 1"));
        assertEquals("", ScriptWriter.slug("!!!"));
        assertEquals("", ScriptWriter.slug(null));
        String slug = ScriptWriter.slug("a very long message that goes on and on beyond forty characters");
        assertEquals("a_very_long_message_that_goes_on_and_on", slug);
        assertTrue(slug.length() <= 40);
        assertEquals("abcdefghij_abcdefghij_abcdefghij_abcdefg", ScriptWriter.slug("abcdefghij abcdefghij abcdefghij abcdefg_ more"));
    }

    @Test
    void fileNames() {
        assertEquals("ab12_add_phone.java", ScriptWriter.fileName("ab12", "Add phone", ScriptFormat.JAVA));
        assertEquals("ab12_add_phone.sql", ScriptWriter.fileName("ab12", "Add phone", ScriptFormat.SQL));
        assertEquals("ab12.sql", ScriptWriter.fileName("ab12", "", ScriptFormat.SQL));
    }

    @Test
    void classNames() {
        assertEquals("AddPhoneColumn", ScriptWriter.className("add phone column", "ab12"));
        assertEquals("Rev2faTokens", ScriptWriter.className("2FA tokens", "ab12"));
        assertEquals("RevAb12", ScriptWriter.className("", "ab12"));
        assertEquals("MigrationMigration", ScriptWriter.className("migration", "ab12"));
        assertEquals("ExceptionMigration", ScriptWriter.className("exception", "ab12"));
    }

    @Test
    void randomIdsAreTwelveLowercaseHexDigits() {
        String a = ScriptWriter.randomId();
        assertTrue(a.matches("[0-9a-f]{12}"), a);
        assertNotEquals(a, ScriptWriter.randomId());
    }

    @Test
    void javaEscaping() {
        assertEquals("say \\\"hi\\\" C:\\\\new\\n\\t\\000 é", ScriptWriter.javaEscape("say \"hi\" C:\\new\n\t\0 é"));
    }

    @Test
    void rendersTheBuiltInJavaTemplate() throws IOException {
        ScriptHeader h = new ScriptHeader("523dbb60ecfe", List.of("1975ea83b712", "0a1b2c3d4e5f"), List.of("ffff00001111"),
                List.of("billing"), "update free plan \"tokens\"", "2026-11-25T10:00:00Z", false, 0);
        assertGolden("java_merge.java.txt", new ScriptWriter(null).render(ScriptFormat.JAVA, h, null, null));
        assertGolden("java_base.java.txt", new ScriptWriter(null).render(ScriptFormat.JAVA,
                header("1975ea83b712", List.of(), "create account"),
                "op.execute(\"CREATE TABLE account (id int)\");\n\nop.execute(\"CREATE INDEX ix ON account (id)\");",
                "op.execute(\"DROP TABLE account\");"));
        assertGolden("java_empty.java.txt", new ScriptWriter(null).render(ScriptFormat.JAVA,
                header("0a1b2c3d4e5f", List.of("aaaa", "bbbb"), "merge heads"), "", ""));
    }

    @Test
    void rendersTheBuiltInSqlTemplate() throws IOException {
        ScriptHeader h = new ScriptHeader("523dbb60ecfe", List.of("1975ea83b712"), List.of(), List.of("billing"),
                "update free plan\n  tokens", "2026-11-25T10:00:00Z", false, 0);
        assertGolden("sql_hint.sql.txt", new ScriptWriter(null).render(ScriptFormat.SQL, h, null, null));
        assertGolden("sql_body.sql.txt", new ScriptWriter(null).render(ScriptFormat.SQL,
                header("1975ea83b712", List.of(), "create account"), "CREATE TABLE account (id int);", ""));
    }

    @Test
    void javaRoundTripThroughTheHeaderReaderAndTheCompiler() throws Exception {
        Path versions = tmp.resolve("versions");
        String message = "add \"phone\" to C:\\users\\new — ünïcödé ✓\nsecond line\ttab";
        ScriptHeader h = new ScriptHeader("ab12cd34ef56", List.of("0123456789ab", "ba9876543210"), List.of("dddddddddddd"),
                List.of("main", "x\"y"), message, "2026-11-25T10:00:00Z", false, 0);
        Path file = new ScriptWriter(null).write(versions, ScriptFormat.JAVA, h, "op.execute(\"SELECT 1\");", "");
        assertEquals("ab12cd34ef56_add_phone_to_c_users_new_ünïcödé_second.java", file.getFileName().toString());

        Script script = ScriptReader.read(file, ScriptFormat.JAVA);
        assertEquals(new ScriptHeader(h.id(), h.revises(), h.dependsOn(), h.branchLabels(), message, h.created(),
                false, script.header().line()), script.header());

        Migration m = new ScriptLoader(null).load(List.of(script)).get("ab12cd34ef56");
        RecordingOp op = new RecordingOp();
        m.upgrade(op);
        assertEquals(List.of("SELECT 1"), op.executed);
        assertEquals(message, m.getClass().getAnnotation(dev.retort.Revision.class).message());
    }

    @Test
    void javaScriptWithTheDefaultHintsCompiles() throws Exception {
        Path file = new ScriptWriter(null).write(tmp, ScriptFormat.JAVA, header("aaaa", List.of(), "2fa"));
        Script script = ScriptReader.read(file, ScriptFormat.JAVA);
        Migration m = new ScriptLoader(null).load(List.of(script)).get("aaaa");
        RecordingOp op = new RecordingOp();
        m.upgrade(op);
        assertEquals(List.of(), op.executed);
        assertEquals("Rev2fa", m.getClass().getSimpleName());
    }

    @Test
    void sqlRoundTrip() throws Exception {
        ScriptHeader h = new ScriptHeader("ab12cd34ef56", List.of("p1", "p2"), List.of("d1"), List.of("main"),
                "it's a \\ message ✓", "2026-11-25T10:00:00Z", false, 0);
        Path file = new ScriptWriter(null).write(tmp, ScriptFormat.SQL, h, "ALTER TABLE a ADD b int;", "ALTER TABLE a DROP b;");
        Script script = ScriptReader.read(file, ScriptFormat.SQL);
        assertEquals(new ScriptHeader(h.id(), h.revises(), h.dependsOn(), h.branchLabels(), h.message(), h.created(),
                false, 1), script.header());
        SqlMigration m = (SqlMigration) new ScriptLoader(null).load(List.of(script)).get("ab12cd34ef56");
        assertEquals("ALTER TABLE a ADD b int", m.upgradeStatements().get(0).sql());
        assertEquals("ALTER TABLE a DROP b", m.downgradeStatements().get(0).sql());
    }

    @Test
    void sqlMessageLineBreaksBecomeSpaces() throws Exception {
        Path file = new ScriptWriter(null).write(tmp, ScriptFormat.SQL, header("aaaa", List.of(), "one\r\n  two\nthree"));
        assertEquals("one two three", ScriptReader.read(file, ScriptFormat.SQL).header().message());
    }

    @Test
    void refusesToOverwriteAndLeavesNoTemporaryFiles() throws IOException {
        ScriptWriter writer = new ScriptWriter(null);
        Path file = writer.write(tmp, ScriptFormat.SQL, header("aaaa", List.of(), "one"));
        String before = Files.readString(file);
        RetortException e = assertThrows(RetortException.class,
                () -> writer.write(tmp, ScriptFormat.SQL, header("aaaa", List.of("x"), "one")));
        assertEquals(ErrorCode.FILE_EXISTS, e.code());
        assertTrue(e.getMessage().startsWith(file + " already exists"), e.getMessage());
        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void usesTheLocationsTemplateAndFallsBackToTheBuiltInOne() throws IOException {
        Files.writeString(tmp.resolve("script.sql.template"),
                "-- revision: ${id}\n-- revises: ${revises}\n-- message: ${message} ${unknown}\n-- upgrade\n${upgrade}\n-- downgrade\n");
        ScriptWriter writer = new ScriptWriter(tmp);
        assertEquals("-- revision: aaaa\n-- revises: p\n-- message: custom ${unknown}\n-- upgrade\nSELECT 1;\n-- downgrade\n",
                writer.render(ScriptFormat.SQL, header("aaaa", List.of("p"), "custom"), "SELECT 1;", null));
        assertEquals(new ScriptWriter(null).render(ScriptFormat.JAVA, header("aaaa", List.of(), "m"), null, null),
                writer.render(ScriptFormat.JAVA, header("aaaa", List.of(), "m"), null, null));
    }

    @Test
    void valuesAreNotRescannedForPlaceholders() {
        assertEquals("-- message: ${id}", ScriptWriter.substitute("-- message: ${message}",
                java.util.Map.of("message", "${id}", "id", "x")));
    }
}
