package dev.retort.spring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code retort.fleet.*} properties: migrate many schemas (or the DataSources of a {@link RetortFleetTargets}
 * bean) at start-up instead of the one database.
 *
 * <pre>
 * retort.fleet.schemas=tenant_1,tenant_2,tenant_3
 * retort.fleet.parallel=4
 * retort.fleet.on-error=continue
 * retort.fleet.canary=1
 * </pre>
 *
 * @param schemas  schemas of the application's DataSource, each with its own version table and lock
 * @param parallel how many targets migrate at once; 1 by default
 * @param onError  {@code stop} (default): after a failure no other target starts; {@code continue}: every target
 *                 runs. Either way a failed target fails the start-up, naming every target that failed.
 * @param canary   migrate the first K targets first; if any fails, no other starts
 */
@ConfigurationProperties("retort.fleet")
public record RetortFleetProperties(
        List<String> schemas,
        @DefaultValue("1") int parallel,
        @DefaultValue("stop") String onError,
        @DefaultValue("0") int canary) {

    public RetortFleetProperties {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }
}
