package dev.retort.spring.actuate;

import dev.retort.MigrationStatus;
import dev.retort.Retort;
import dev.retort.spring.RetortFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code retort} in {@code /actuator/health}: UP when the database is at the scripts' heads; DOWN while it is behind
 * them, a migration stopped part-way, or an applied script was edited since it ran (and when the status cannot be
 * read). Spring Boot has no such check for Flyway or Liquibase.
 */
public class RetortHealthIndicator extends AbstractHealthIndicator {
    private final RetortFactory factory;

    public RetortHealthIndicator(RetortFactory factory) {
        super("Retort health check failed");
        this.factory = factory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status;
        synchronized (factory) { // as RetortEndpoint
            try (Retort retort = factory.open()) {
                status = retort.status();
            }
        }
        builder.status(status.upToDate() ? "UP" : "DOWN")
                .withDetail("current", status.current())
                .withDetail("heads", status.heads());
        if (!status.pending().isEmpty()) {
            builder.withDetail("pending", status.pending());
        }
        if (!status.changed().isEmpty()) {
            builder.withDetail("changed", status.changed());
        }
        if (!status.interrupted().isEmpty()) {
            builder.withDetail("interrupted", status.interrupted().stream()
                    .map(r -> r.kind().column() + " " + r.revision() + " started " + r.appliedAt()).toList());
        }
    }
}
