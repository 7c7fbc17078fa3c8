package dev.retort.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The targets Retort migrates at start-up instead of the one database: DataSources (a database per tenant) and
 * schemas of the application's DataSource (a schema per tenant, each with its own version table and lock). Declare
 * one as a bean, or set {@code retort.fleet.schemas}.
 *
 * <pre>{@code
 * @Bean
 * RetortFleetTargets tenants(TenantDirectory directory) {
 *     return RetortFleetTargets.schemas(directory.schemaNames());
 * }
 * }</pre>
 *
 * @param dataSources DataSources by the name the report gives them, in order
 * @param schemas     schemas of the application's DataSource, in order
 */
public record RetortFleetTargets(Map<String, DataSource> dataSources, List<String> schemas) {
    public RetortFleetTargets {
        dataSources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(dataSources)));
        schemas = List.copyOf(schemas);
    }

    /** Schemas of the application's DataSource. */
    public static RetortFleetTargets schemas(List<String> schemas) {
        return new RetortFleetTargets(Map.of(), schemas);
    }

    /** DataSources, each its own database, named for the report and the logs. */
    public static RetortFleetTargets dataSources(Map<String, DataSource> dataSources) {
        return new RetortFleetTargets(dataSources, List.of());
    }

    public boolean isEmpty() {
        return dataSources.isEmpty() && schemas.isEmpty();
    }
}
