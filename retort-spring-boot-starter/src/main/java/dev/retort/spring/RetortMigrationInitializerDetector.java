package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} beans initialize the database, so beans that depend on
 * database initialization (JPA, JdbcTemplate, jOOQ, ...) are created after them. Registered in
 * {@code META-INF/spring.factories}.
 */
class RetortMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** Before the detectors of {@code spring.sql.init} scripts, as Boot orders Flyway's. */
    private static final int ORDER = 1;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
