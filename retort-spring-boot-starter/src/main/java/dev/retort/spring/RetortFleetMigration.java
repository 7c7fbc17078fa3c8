package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortFleet;
import dev.retort.SchemaDataSource;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The start-up migration of a fleet: {@code upgrade} to {@code retort.target} on every target of
 * {@link RetortFleetTargets} and {@code retort.fleet.schemas}, through {@link RetortFleet}; one log line per target,
 * and a start-up failure naming every target that failed.
 */
public final class RetortFleetMigration {
    private static final Log LOG = LogFactory.getLog(RetortFleetMigration.class);

    private final RetortFactory factory;
    private final RetortFleetTargets targets;
    private final RetortFleetProperties properties;

    public RetortFleetMigration(RetortFactory factory, RetortFleetTargets targets, RetortFleetProperties properties) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** Whether there is anything to migrate. */
    public boolean isEmpty() {
        return targets.isEmpty();
    }

    /** Migrates every target; throws MIGRATION_FAILED naming the failed targets when any failed. */
    public RetortFleet.Report migrate() {
        RetortFleet.Builder fleet = RetortFleet.builder().parallel(properties.parallel())
                .onError(RetortFleet.OnError.parse(properties.onError())).canary(properties.canary())
                .progress(RetortFleetMigration::log);
        for (Map.Entry<String, DataSource> e : targets.dataSources().entrySet()) {
            fleet.target(e.getKey(), factory.builder(e.getValue()));
        }
        for (String schema : targets.schemas()) {
            DataSource base = factory.connection().dataSource();
            RetortBuilder b = base != null ? factory.builder(SchemaDataSource.over(base, schema))
                    : factory.builder(SchemaDataSource.of(factory.connection().url(), factory.connection().user(),
                            factory.connection().password(), schema));
            fleet.target(schema, b.versionTableSchema(schema));
        }
        RetortFleet.Report report = fleet.build().upgrade(factory.target());
        LOG.info("Retort: fleet of " + report.results().size() + " targets: " + report.count(RetortFleet.Outcome.DONE)
                + " done, " + report.count(RetortFleet.Outcome.FAILED) + " failed, "
                + report.count(RetortFleet.Outcome.SKIPPED) + " skipped");
        if (report.anyFailed()) {
            List<String> failed = new ArrayList<>();
            report.results().stream().filter(r -> r.outcome() == RetortFleet.Outcome.FAILED)
                    .forEach(r -> failed.add(r.target() + " (" + r.error() + ")"));
            throw new RetortException(ErrorCode.MIGRATION_FAILED, failed.size() + " of " + report.results().size()
                    + " targets failed: " + String.join("; ", failed) + "; " + report.count(RetortFleet.Outcome.SKIPPED)
                    + " not started");
        }
        return report;
    }

    private static void log(RetortFleet.TargetResult r) {
        switch (r.outcome()) {
            case DONE -> LOG.info("Retort: " + r.target() + ": " + r.from() + " -> " + r.to() + " in "
                    + r.took().toMillis() + " ms");
            case FAILED -> LOG.error("Retort: " + r.target() + ": failed: " + r.error());
            case SKIPPED -> LOG.warn("Retort: " + r.target() + ": not started (an earlier target failed)");
        }
    }
}
