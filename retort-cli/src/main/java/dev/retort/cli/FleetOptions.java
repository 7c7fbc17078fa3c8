package dev.retort.cli;

import dev.retort.RetortFleet;
import dev.retort.config.RetortConfig;
import picocli.CommandLine.Option;

/**
 * The options that run a command over many targets (databases, or schemas of the main database):
 * {@code --targets FILE}, {@code --targets-query SQL}, {@code --parallel N}, {@code --on-error stop|continue},
 * {@code --canary K}. Without {@code --targets}/{@code --targets-query}, the configuration's {@code targets},
 * {@code targets_file} or {@code targets_query} make a fleet; without any, the command runs on one database.
 */
final class FleetOptions {
    /** The configuration keys that make every fleet command run over the list. */
    static final String TARGETS = "targets";
    static final String TARGETS_FILE = "targets_file";
    static final String TARGETS_QUERY = "targets_query";

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Run over many targets: one database URL or schema name a line (# comments).")
    String targetsFile;

    @Option(names = "--targets-query", paramLabel = "SQL",
            description = "Run over the targets this query returns on the main URL (first column: URL or schema).")
    String targetsQuery;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "With targets: how many run at once (default 1).")
    int parallel = 1;

    @Option(names = "--on-error", paramLabel = "stop|continue", defaultValue = "stop",
            description = "With targets: after a failure, start no other target (stop, default) or run them all (continue).")
    String onError = "stop";

    @Option(names = "--canary", paramLabel = "K", defaultValue = "0",
            description = "With targets: run the first K targets first; if any fails, start no other.")
    int canary;

    /** Whether the command runs over a fleet: an option says so, or the configuration lists targets. */
    boolean active(RetortConfig config) {
        return targetsFile != null || targetsQuery != null || config != null
                && (config.property(TARGETS).isPresent() || config.property(TARGETS_FILE).isPresent()
                        || config.property(TARGETS_QUERY).isPresent());
    }

    /** Whether a fleet-only option was given (then a command without targets says it needs them). */
    boolean tuned() {
        return parallel != 1 || canary != 0 || !onError.equals("stop");
    }

    RetortFleet.OnError policy() {
        return RetortFleet.OnError.parse(onError);
    }
}
