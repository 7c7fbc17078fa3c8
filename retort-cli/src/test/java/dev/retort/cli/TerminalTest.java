package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Direction;
import dev.retort.MigrationStep;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A live progress line and colour on a terminal only; plain lines elsewhere; no colour with NO_COLOR. */
class TerminalTest {
    private static final MigrationStep STEP = new MigrationStep("aaaaaaaaaaaa", Direction.UPGRADE, List.of(),
            List.of("aaaaaaaaaaaa"), "create t");

    @Test
    void aTerminalGetsACountAndTheTimeSoFarThenThePlainLine() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StepPrinter printer = new StepPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), UnaryOperator.identity(), true);
        printer.planned(2);
        printer.stepStarting(STEP);
        Thread.sleep(1200);
        printer.stepFinished(STEP, Duration.ofMillis(1200));
        printer.endLine();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\r\u001b[K[1/2] Running upgrade <base> -> aaaaaaaaaaaa, create t "), text);
        assertTrue(text.indexOf("\r\u001b[K[1/2]", 5) > 0, "redrawn while it runs: " + text);
        assertTrue(text.endsWith("\r\u001b[KRunning upgrade <base> -> aaaaaaaaaaaa, create t (1200 ms)\n"), text);
    }

    @Test
    void elsewhereOnePlainLinePerStep() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StepPrinter printer = new StepPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), UnaryOperator.identity(), false);
        printer.planned(2);
        printer.stepStarting(STEP);
        printer.stepFinished(STEP, Duration.ofMillis(5));
        assertEquals("Running upgrade <base> -> aaaaaaaaaaaa, create t (5 ms)\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void colourOnATerminalUnlessNoColour() {
        assertEquals("\u001b[1;31mERROR:\u001b[0m boom\n", error(true, Map.of()));
        assertEquals("ERROR: boom\n", error(true, Map.of("NO_COLOR", "")));
        assertEquals("ERROR: boom\n", error(true, Map.of("TERM", "dumb")));
        assertEquals("ERROR: boom\n", error(false, Map.of()));
    }

    private static String error(boolean terminal, Map<String, String> env) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ErrorReporter(new Invocation(Path.of("."), env, stream, stream, new Secrets(), terminal))
                .report(new RetortException(ErrorCode.CONFIG, "boom"), null);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Through the command line on a real database, stderr a terminal: the progress line with the count, then the
     * plain line; colour on the error, none with {@code NO_COLOR}; stdout never holds any of it.
     */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theCommandLineOnATerminal(String dialect, @TempDir Path dir) throws Exception {
        try (TestDatabase db = dialect.equals("sqlite") ? null : TestDatabases.of(dialect, dir)) {
            Map<String, String> env = db == null ? Map.of()
                    : Map.of("RETORT_URL", db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + db.user());
            assertEquals(0, terminal(dir, env, "init", "-q", "migrations", "--format", "sql")[0].length());
            for (String id : List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb")) {
                java.nio.file.Files.writeString(dir.resolve("migrations/versions/" + id + "_t.sql"), "-- revision: " + id
                        + (id.startsWith("b") ? "\n-- revises: aaaaaaaaaaaa" : "") + "\n-- message: table " + id.charAt(0)
                        + "\n\n-- upgrade\nCREATE TABLE t_" + id.charAt(0) + " (id INTEGER);\n\n-- downgrade\nDROP TABLE t_"
                        + id.charAt(0) + ";\n");
            }
            String[] upgrade = terminal(dir, env, "upgrade", "head");
            assertEquals("", upgrade[0]);
            assertTrue(upgrade[1].contains("\r\u001b[K[1/2] Running upgrade <base> -> aaaaaaaaaaaa, table a "), upgrade[1]);
            assertTrue(upgrade[1].contains("\r\u001b[K[2/2] Running upgrade aaaaaaaaaaaa -> bbbbbbbbbbbb, table b "), upgrade[1]);
            assertTrue(upgrade[1].matches("(?s).*\r\u001b\\[KRunning upgrade aaaaaaaaaaaa -> bbbbbbbbbbbb, table b \\(\\d+ ms\\)\n"),
                    upgrade[1]);
            String coloured = terminal(dir, env, "upgrade", "nosuch")[1];
            assertTrue(coloured.contains("\u001b[1;31mERROR:\u001b[0m "), coloured);
            Map<String, String> noColour = new java.util.HashMap<>(env);
            noColour.put("NO_COLOR", "1");
            String plain = terminal(dir, noColour, "upgrade", "nosuch")[1];
            assertTrue(plain.contains("ERROR: ") && !plain.contains("\u001b"), plain);
        }
    }

    /** {stdout, stderr} of the command line run with stderr taken for a terminal. */
    private static String[] terminal(Path dir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Main.run(args, dir, env, o, e, true);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void mainRunIsNeverATerminal() {
        assertFalse(new Invocation(Path.of("."), Map.of(), System.out, System.err, new Secrets()).colour());
    }
}
