package dev.retort.spring.actuate;

import dev.retort.spring.RetortFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** {@link RetortHealthIndicator} for Spring Boot 4, whose health API lives in {@code org.springframework.boot.health}. */
public class RetortBoot4HealthIndicator extends AbstractHealthIndicator {
    private final RetortFactory factory;

    public RetortBoot4HealthIndicator(RetortFactory factory) {
        super("Retort health check failed");
        this.factory = factory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthReport report = HealthReport.read(factory);
        builder.status(report.up() ? "UP" : "DOWN").withDetails(report.details());
    }
}
