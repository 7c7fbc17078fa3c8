package dev.retort.cli;

import dev.retort.NewRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision -m MSG}: a new script. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision script.")
final class RevisionCommand extends BaseCommand {
    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the revision does; also names the file.")
    String message = "";

    @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a random one.")
    String revId;

    @Option(names = "--head", paramLabel = "REV",
            description = "Revision to build on: head (default), a branch's head (label@head) or any revision with --splice.")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", split = ",",
            description = "Branch label for the new revision; repeatable.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", split = ",",
            description = "Revision the new one depends on without being its child; repeatable.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--version-path", paramLabel = "DIR", description = "Version location to write the script into.")
    String versionPath;

    @Option(names = "--format", paramLabel = "java|sql",
            description = "Script format; default: the revision_format of retort.properties, else java.")
    Format format;

    @Override
    void execute() {
        try (Session session = open(false)) {
            Path versionDir = versionPath == null ? null : invocation().resolve(versionPath);
            String fmt = format != null ? format.value() : session.config().revisionFormat();
            Path written = session.retort().revision(
                    new NewRevision(message, revId, head, splice, branchLabels, dependsOn, versionDir, fmt));
            info("Generating " + invocation().display(written) + " ... done");
        }
    }
}
