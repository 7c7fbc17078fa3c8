package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Prints one line per migration step:
 * {@code Running upgrade 1975ea83b712 -> 523dbb60ecfe, update free plan tokens (12 ms)}.
 *
 * <p>The line starts when the step starts, so a slow migration shows what it is doing, and ends
 * with its duration.
 */
final class StepPrinter implements MigrationListener {
    private final PrintStream out;
    private boolean lineOpen;

    private final UnaryOperator<String> redact;

    StepPrinter(PrintStream out) {
        this(out, UnaryOperator.identity());
    }

    /** @param redact hides passwords in lines that quote the database (connection retries) */
    StepPrinter(PrintStream out, UnaryOperator<String> redact) {
        this.out = out;
        this.redact = redact;
    }

    @Override
    public void waitingForDatabase(int attempt, Duration retryIn, String reason) {
        endLine();
        out.println(redact.apply("Waiting for the database (attempt " + attempt + ", next in " + retryIn.toMillis()
                + " ms): " + reason));
        out.flush();
    }

    @Override
    public void notice(String message) {
        endLine();
        out.println(redact.apply(message));
        out.flush();
    }

    @Override
    public void stepStarting(MigrationStep step) {
        endLine();
        out.print(start(step));
        out.flush();
        lineOpen = true;
    }

    @Override
    public void stepFinished(MigrationStep step, Duration took) {
        if (!lineOpen) {
            out.print(start(step));
        }
        out.println(" (" + took.toMillis() + " ms)");
        lineOpen = false;
    }

    /** Ends a line left open by a step that failed, so the error starts on a line of its own. */
    void endLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }

    static String start(MigrationStep step) {
        return "Running " + step.describe();
    }
}
