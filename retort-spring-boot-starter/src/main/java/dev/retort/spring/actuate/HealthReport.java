package dev.retort.spring.actuate;

import dev.retort.MigrationStatus;
import dev.retort.Retort;
import dev.retort.spring.RetortFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code retort} health indicator reports, apart from Spring Boot's health API, which moved between Boot 3
 * ({@link RetortHealthIndicator}) and Boot 4 ({@link RetortBoot4HealthIndicator}).
 *
 * @param up      true when the database is at the scripts' heads, nothing stopped part-way and nothing was edited
 * @param details current and heads, and pending, changed and interrupted when there are any
 */
record HealthReport(boolean up, Map<String, Object> details) {

    static HealthReport read(RetortFactory factory) {
        MigrationStatus status;
        synchronized (factory) { // as RetortEndpoint
            try (Retort retort = factory.open()) {
                status = retort.status();
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("current", status.current());
        details.put("heads", status.heads());
        if (!status.pending().isEmpty()) {
            details.put("pending", status.pending());
        }
        if (!status.changed().isEmpty()) {
            details.put("changed", status.changed());
        }
        if (!status.interrupted().isEmpty()) {
            details.put("interrupted", status.interrupted().stream()
                    .map(r -> r.kind().column() + " " + r.revision() + " started " + r.appliedAt()).toList());
        }
        return new HealthReport(status.upToDate(), details);
    }
}
