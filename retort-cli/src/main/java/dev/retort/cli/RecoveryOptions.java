package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.Recovery;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.error.RetortException;
import picocli.CommandLine.Option;

/** The options {@code upgrade} and {@code downgrade} share about edited scripts and interrupted migrations. */
final class RecoveryOptions {
    @Option(names = "--allow-changed", description = "Run even if an applied script was edited since it ran (checksum changed).")
    boolean allowChanged;

    @Option(names = "--resume", description = "Continue a SQL migration that stopped part-way at the statement that did not complete.")
    boolean resume;

    @Option(names = "--retry", description = "Run a migration that stopped part-way again from its first statement (after a manual clean-up).")
    boolean retry;

    void applyTo(RetortBuilder builder) {
        if (resume && retry) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--resume and --retry exclude each other: --resume continues "
                    + "where the migration stopped, --retry runs it again from the start");
        }
        builder.allowChangedScripts(allowChanged)
                .recovery(resume ? Recovery.RESUME : retry ? Recovery.RETRY : Recovery.REFUSE);
    }
}
