package dev.retort.cli;

import dev.retort.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code retort verify [RANGE]}: every downgrade tried on a scratch place. Exit 1 naming the first revision whose
 * downgrade does not bring the schema back, with the difference.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "On a scratch schema or database, upgrade, downgrade and upgrade again each revision; "
                + "exit 1 naming the first whose downgrade does not restore the schema.")
final class VerifyCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
            description = "[FROM:]TO, such as base:head or ae10:heads; default every revision.")
    String range;

    @Override
    void execute() {
        try (Session session = open(true)) {
            VerifyResult result = session.retort().verify(range);
            for (String id : result.verified()) {
                info("ok   " + id + " upgrade, downgrade, upgrade: schema restored");
            }
            if (result.ok()) {
                out().println("Verified " + result.verified().size() + " revision(s) (on " + result.scratch()
                        + ", removed).");
                return;
            }
            out().println("FAIL " + result.failedRevision() + ": " + result.failure());
            if (!result.difference().isEmpty()) {
                out().println("  what it takes to restore the schema from before the upgrade:");
                result.difference().forEach(line -> out().println("    " + line));
            }
            out().println("Verified " + result.verified().size() + " revision(s) before it (on " + result.scratch()
                    + ", removed).");
            status = ErrorReporter.USER_ERROR;
        }
    }
}
