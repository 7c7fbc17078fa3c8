package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort branches}: where the history forks. */
@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show branch points and the branches leaving them.")
final class BranchesCommand extends BaseCommand {
    @Option(names = {"-v", "--verbose"}, description = "Show each branch point in full.")
    boolean verbose;


    @Override
    boolean writesJson() {
        return true;
    }

    @Override
    void execute() {
        try (Session session = open(false)) {
            var branchPoints = session.retort().branches();
            if (json()) {
                printJson(new JsonOutput.Revisions(JsonOutput.VERSION, "branches", branchPoints.stream()
                        .map(r -> JsonOutput.Revision.of(r, invocation()::display)).toList()));
                return;
            }
            if (branchPoints.isEmpty()) {
                return;
            }
            Map<String, RevisionInfo> byId = session.retort().history(null, false).stream()
                    .collect(Collectors.toMap(RevisionInfo::id, Function.identity(), (a, b) -> a));
            for (RevisionInfo point : branchPoints) {
                out().println(verbose ? RevisionEntry.format(point, invocation()::display) : RevisionLine.branchPoint(point));
                String indent = " ".repeat(point.id().length());
                for (String child : point.children()) {
                    RevisionInfo c = byId.get(child);
                    String text = c == null ? child : verbose ? RevisionLine.history(c) : RevisionLine.head(c);
                    out().println(indent + " -> " + text);
                }
                out().println();
            }
        }
    }
}
