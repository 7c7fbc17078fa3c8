package dev.retort.spring;

import dev.retort.MigrationResult;
import dev.retort.Retort;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Migrates when the application context creates it: {@code upgrade} to {@code retort.target}, or the
 * {@link RetortMigrationStrategy} bean. Spring Boot's database-initialization detection makes the JPA
 * {@code EntityManagerFactory}, {@code JdbcTemplate} and jOOQ's {@code DSLContext} depend on this bean, so they
 * are created after the migration. Several replicas starting at once: one migrates, the others wait on
 * Retort's migration lock and then find nothing to do.
 */
public class RetortMigrationInitializer implements InitializingBean, Ordered {
    private static final Log LOG = LogFactory.getLog(RetortMigrationInitializer.class);

    private final RetortFactory factory;
    private final RetortMigrationStrategy strategy;
    private final RetortFleetMigration fleet;
    private int order;

    /** @param strategy what to run instead of {@code upgrade}; null for {@code upgrade} to {@code retort.target} */
    public RetortMigrationInitializer(RetortFactory factory, RetortMigrationStrategy strategy) {
        this(factory, strategy, null);
    }

    /** @param fleet the targets to migrate instead of the one database (when not empty); null for none */
    public RetortMigrationInitializer(RetortFactory factory, RetortMigrationStrategy strategy, RetortFleetMigration fleet) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.strategy = strategy;
        this.fleet = fleet;
    }

    @Override
    public void afterPropertiesSet() {
        if (fleet != null && !fleet.isEmpty()) {
            fleet.migrate();
            return;
        }
        try (Retort retort = factory.open()) {
            if (strategy != null) {
                strategy.migrate(retort, factory.target());
                return;
            }
            MigrationResult result = retort.upgrade(factory.target());
            if (result.steps().isEmpty()) {
                LOG.info("Retort: database up to date at " + result.endHeads());
            } else {
                LOG.info("Retort: upgraded from " + result.startHeads() + " to " + result.endHeads() + " in "
                        + result.steps().size() + " step(s)");
            }
        }
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
