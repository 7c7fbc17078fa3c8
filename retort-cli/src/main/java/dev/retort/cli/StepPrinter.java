package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Prints one line per migration step on stderr:
 * {@code Running upgrade 1975ea83b712 -> 523dbb60ecfe, update free plan tokens (12 ms)}.
 *
 * <p>The line starts when the step starts, so a slow migration shows what it is doing, and ends with its
 * duration. On a terminal the open line is redrawn every half second with the count and the time so far:
 * {@code [3/12] Running upgrade ... 4.2 s}; logs and pipes get plain lines only.
 */
final class StepPrinter implements MigrationListener {
    private static final String CLEAR = "\r\u001b[K";

    private final PrintStream out;
    private final UnaryOperator<String> redact;
    private final boolean terminal;
    private boolean lineOpen;
    private int total;
    private int started;
    private long stepStart;
    private String line = "";
    private ScheduledExecutorService ticker;

    StepPrinter(PrintStream out) {
        this(out, UnaryOperator.identity(), false);
    }

    /**
     * @param redact   hides passwords in lines that quote the database (connection retries)
     * @param terminal whether {@code out} is a terminal: then a live progress line
     */
    StepPrinter(PrintStream out, UnaryOperator<String> redact, boolean terminal) {
        this.out = out;
        this.redact = redact;
        this.terminal = terminal;
    }

    @Override
    public synchronized void planned(int steps) {
        total = steps;
    }

    @Override
    public synchronized void waitingForDatabase(int attempt, Duration retryIn, String reason) {
        endLine();
        out.println(redact.apply("Waiting for the database (attempt " + attempt + ", next in " + retryIn.toMillis()
                + " ms): " + reason));
        out.flush();
    }

    @Override
    public synchronized void notice(String message) {
        endLine();
        out.println(redact.apply(message));
        out.flush();
    }

    @Override
    public synchronized void waitingForLock(String holder, Duration timeout) {
        endLine();
        out.println(redact.apply("Waiting for the migration lock (" + holder + "), up to " + Durations.human(timeout)));
        out.flush();
    }

    @Override
    public synchronized void lockAcquired(Duration waited) {
        out.println("Got the migration lock after " + Durations.human(waited));
        out.flush();
    }

    @Override
    public synchronized void stepStarting(MigrationStep step) {
        endLine();
        started++;
        stepStart = System.nanoTime();
        line = start(step);
        if (terminal) {
            redraw();
            startTicker();
        } else {
            out.print(line);
        }
        out.flush();
        lineOpen = true;
    }

    @Override
    public synchronized void stepFinished(MigrationStep step, Duration took) {
        if (terminal) {
            out.print(CLEAR + start(step));
        } else if (!lineOpen) {
            out.print(start(step));
        }
        out.println(" (" + took.toMillis() + " ms)");
        out.flush();
        lineOpen = false;
    }

    /** Ends a line left open by a step that failed, so the error starts on a line of its own. */
    synchronized void endLine() {
        if (lineOpen) {
            if (terminal) {
                out.print(CLEAR + line);
            }
            out.println();
            lineOpen = false;
        }
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    /** {@code [3/12] Running upgrade a -> b, message 4.2 s}, in place of the open line. */
    private void redraw() {
        String count = total > 0 ? "[" + started + "/" + total + "] " : "";
        out.print(CLEAR + count + line + " " + Durations.human(Duration.ofNanos(System.nanoTime() - stepStart)));
        out.flush();
    }

    private void startTicker() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retort-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(() -> {
                synchronized (this) {
                    if (lineOpen) {
                        redraw();
                    }
                }
            }, 500, 500, TimeUnit.MILLISECONDS);
        }
    }

    static String start(MigrationStep step) {
        return "Running " + step.describe();
    }
}
