package dev.retort.spring.actuate;

import dev.retort.spring.RetortFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code retort} in {@code /actuator/health} on Spring Boot 3: UP when the database is at the scripts' heads; DOWN
 * while it is behind them, a migration stopped part-way, or an applied script was edited since it ran (and when the
 * status cannot be read). Spring Boot has no such check for Flyway or Liquibase.
 */
public class RetortHealthIndicator extends AbstractHealthIndicator {
    private final RetortFactory factory;

    public RetortHealthIndicator(RetortFactory factory) {
        super("Retort health check failed");
        this.factory = factory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthReport report = HealthReport.read(factory);
        builder.status(report.up() ? "UP" : "DOWN").withDetails(report.details());
    }
}
