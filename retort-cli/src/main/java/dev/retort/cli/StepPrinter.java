package dev.retort.cli;

import dev.retort.RevisionInfo;
import dev.retort.migrate.MigrationListener;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Prints one line per migration step:
 * {@code Running upgrade 1975ea83b712 -> 523dbb60ecfe, update free plan tokens (12 ms)}.
 *
 * <p>The line starts when the step starts, so a slow migration shows what it is doing, and ends
 * with its duration. Messages are looked up once, on the first step, so an empty plan reads nothing.
 */
final class StepPrinter implements MigrationListener {
    private final PrintStream out;
    private Supplier<List<RevisionInfo>> revisions = List::of;
    private Map<String, String> messages;
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

    /** Where the revision messages come from; set once the {@code Retort} exists. */
    void messagesFrom(Supplier<List<RevisionInfo>> revisions) {
        this.revisions = revisions;
    }

    @Override
    public void stepStarting(Step step) {
        endLine();
        out.print(start(step, message(step.revision().id())));
        out.flush();
        lineOpen = true;
    }

    @Override
    public void stepFinished(Step step, Duration took) {
        if (!lineOpen) {
            out.print(start(step, message(step.revision().id())));
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

    static String start(Step step, String message) {
        String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        String line = "Running " + verb + " " + ids(step.from()) + " -> " + ids(step.to());
        return message.isEmpty() ? line : line + ", " + message;
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }

    private String message(String id) {
        if (messages == null) {
            messages = new HashMap<>();
            for (RevisionInfo r : revisions.get()) {
                messages.put(r.id(), r.message());
            }
        }
        return messages.getOrDefault(id, "");
    }
}
