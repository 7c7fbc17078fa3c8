package dev.retort.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort merge heads -m MSG}: a revision that joins branches. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Create a revision that merges two or more revisions.")
final class MergeCommand extends BaseCommand {
    @Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to merge, or heads for all heads.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the merge is for.")
    String message = "";

    @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a random one.")
    String revId;

    @Option(names = "--format", paramLabel = "java|sql",
            description = "Script format; default: the revision_format of retort.properties, else java.")
    Format format;

    @Override
    void execute() {
        try (Session session = open(false)) {
            String fmt = format != null ? format.value() : session.config().revisionFormat();
            Path written = session.retort().merge(revisions, message, revId, fmt);
            info("Generating " + invocation().display(written) + " ... done");
        }
    }
}
