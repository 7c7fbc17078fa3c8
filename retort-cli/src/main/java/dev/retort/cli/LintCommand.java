package dev.retort.cli;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort lint [RANGE]}: findings with rule, severity, file:line and the safe way; exit 1 on an error, and with
 * {@code --strict} on a warning too (for CI). Connects to no database: the dialect comes from the URL.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check scripts for changes that lock, rewrite or break a running release; exit 1 on errors.")
final class LintCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
            description = "[FROM:]TO, such as ae10:head; default every revision.")
    String range;

    @Option(names = "--strict", description = "Exit 1 on warnings and unused retort:allow comments too.")
    boolean strict;

    @Override
    void execute() {
        try (Session session = open(false)) {
            LintResult result = session.retort().lint(range);
            Path here = invocation().cwd().toAbsolutePath();
            for (LintFinding f : result.findings()) {
                out().println(f.format(here));
            }
            for (LintFinding f : result.unusedAllows()) {
                out().println(f.format(here));
            }
            long errors = result.findings().stream().filter(f -> f.severity().equals("error")).count();
            out().println(errors + " error(s), " + (result.findings().size() - errors) + " other finding(s), "
                    + result.silenced().size() + " silenced, " + result.unusedAllows().size() + " unused allow(s).");
            if (result.hasErrors() || strict && result.hasWarnings()) {
                status = ErrorReporter.USER_ERROR;
            }
        }
    }
}
