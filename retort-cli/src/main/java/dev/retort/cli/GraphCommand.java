package dev.retort.cli;

import dev.retort.GraphFormat;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code retort graph}: every revision drawn, newest first: lanes as {@code git log --graph} ({@code --format text},
 * the default, also {@code history --graph}), or a Mermaid flowchart or Graphviz DOT for documents.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Draw the revision graph: heads, branch points, merges, dependencies, branch labels.")
final class GraphCommand extends BaseCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|mermaid|dot", defaultValue = "text",
            description = "text (lanes, as git log --graph), mermaid or dot; default text.")
    String format;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s) (connects).")
    boolean indicateCurrent;

    @Override
    void execute() {
        GraphFormat parsed = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> GraphFormat.TEXT;
            case "mermaid" -> GraphFormat.MERMAID;
            case "dot" -> GraphFormat.DOT;
            default -> throw new ParameterException(spec.commandLine(),
                    "--format is text, mermaid or dot, not '" + format + "'");
        };
        draw(this, parsed, indicateCurrent);
    }

    /** Prints the drawing; {@code history --graph} calls this too. */
    static void draw(BaseCommand command, GraphFormat format, boolean indicateCurrent) {
        try (Session session = command.open(indicateCurrent)) {
            command.out().print(session.retort().graph(format, indicateCurrent));
            command.out().flush();
        }
    }
}
