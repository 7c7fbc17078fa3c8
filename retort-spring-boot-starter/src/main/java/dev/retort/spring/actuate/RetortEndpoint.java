package dev.retort.spring.actuate;

import dev.retort.HistoryRow;
import dev.retort.MigrationStatus;
import dev.retort.Retort;
import dev.retort.spring.RetortFactory;
import java.util.List;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code retort} actuator endpoint ({@code GET /actuator/retort}): the database's revisions against the
 * scripts, and the history table.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {
    private final RetortFactory factory;

    public RetortEndpoint(RetortFactory factory) {
        this.factory = factory;
    }

    @ReadOperation
    public Report retort() {
        // One reader at a time with the health indicator: scripts read from inside a jar share its opened file system.
        synchronized (factory) {
            try (Retort retort = factory.open()) {
                MigrationStatus status = retort.status();
                return new Report(status.upToDate(), status.current(), status.heads(), status.pending(), status.changed(),
                        status.interrupted(), retort.appliedHistory());
            }
        }
    }

    /**
     * What the endpoint shows.
     *
     * @param upToDate    nothing pending, edited or interrupted
     * @param current     the revisions in the version table
     * @param heads       the heads of the scripts
     * @param pending     what {@code upgrade heads} would apply, in order
     * @param changed     applied revisions whose script was edited since it ran
     * @param interrupted migrations that stopped part-way
     * @param history     the history table, oldest first
     */
    public record Report(boolean upToDate, Set<String> current, List<String> heads, List<String> pending,
            List<String> changed, List<HistoryRow> interrupted, List<HistoryRow> history) implements OperationResponseBody {
    }
}
