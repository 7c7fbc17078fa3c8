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
import org.junit.jupiter.api.Test;

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

    @Test
    void mainRunIsNeverATerminal() {
        assertFalse(new Invocation(Path.of("."), Map.of(), System.out, System.err, new Secrets()).colour());
    }
}
