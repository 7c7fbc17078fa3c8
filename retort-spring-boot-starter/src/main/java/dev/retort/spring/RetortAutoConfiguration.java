package dev.retort.spring;

import dev.retort.Callback;
import dev.retort.Retort;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Runs Retort's {@code upgrade} when the application starts, before the beans that use the database, as Spring Boot
 * does for Flyway and Liquibase. Applies when Retort is on the class path, there is a DataSource (or
 * {@code retort.url}) and {@code retort.enabled} is not false.
 *
 * <p>Runs on Spring Boot 3.5 and 4.0: it names the auto-configurations it follows by their names in both.
 *
 * <p>The migrated database is the {@link RetortDataSource @RetortDataSource} bean, else the application's
 * DataSource, else a connection of Retort's own when {@code retort.url}, {@code retort.user} or
 * {@code retort.password} is set (each falling back to its {@code spring.datasource.*} value).
 */
@AutoConfiguration(afterName = {
        // Spring Boot 3
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        // Spring Boot 4
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@Conditional(RetortAutoConfiguration.DataSourceOrUrl.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties({RetortProperties.class, RetortFleetProperties.class})
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public RetortFactory retortFactory(RetortProperties properties, @RetortDataSource ObjectProvider<DataSource> retortDataSource,
            ObjectProvider<DataSource> dataSource, ObjectProvider<RetortBuilderCustomizer> customizers,
            ObjectProvider<Callback> callbacks, ResourceLoader resourceLoader, Environment environment) {
        ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ClassUtils.getDefaultClassLoader();
        // Callback beans join every Retort the factory opens; customizers run after and may change that.
        List<Callback> beans = callbacks.orderedStream().toList();
        List<RetortBuilderCustomizer> all = new ArrayList<>();
        if (!beans.isEmpty()) {
            all.add(builder -> builder.callbacks(beans));
        }
        all.addAll(customizers.orderedStream().toList());
        return new RetortFactory(properties, connection(properties, retortDataSource, dataSource, environment), loader, all);
    }

    private static RetortFactory.Connection connection(RetortProperties properties,
            ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> dataSource, Environment environment) {
        DataSource qualified = retortDataSource.getIfAvailable();
        if (qualified != null) {
            return RetortFactory.Connection.of(qualified);
        }
        if (properties.ownConnection()) {
            return new RetortFactory.Connection(null,
                    or(properties.url(), environment.getProperty("spring.datasource.url")),
                    or(properties.user(), environment.getProperty("spring.datasource.username")),
                    or(properties.password(), environment.getProperty("spring.datasource.password")));
        }
        return RetortFactory.Connection.of(dataSource.getObject());
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortInitializer(RetortFactory retortFactory,
            ObjectProvider<RetortMigrationStrategy> strategy, ObjectProvider<RetortFleetTargets> fleetTargets,
            RetortFleetProperties fleetProperties) {
        RetortFleetTargets bean = fleetTargets.getIfAvailable(() -> RetortFleetTargets.schemas(List.of()));
        List<String> schemas = new java.util.ArrayList<>(bean.schemas());
        schemas.addAll(fleetProperties.schemas());
        RetortFleetTargets targets = new RetortFleetTargets(bean.dataSources(), schemas);
        return new RetortMigrationInitializer(retortFactory, strategy.getIfAvailable(),
                new RetortFleetMigration(retortFactory, targets, fleetProperties));
    }

    @Bean
    static RetortSchemaManagementProvider retortSchemaManagementProvider(ObjectProvider<RetortFactory> retortFactory,
            Environment environment) {
        return new RetortSchemaManagementProvider(retortFactory, environment.getProperty("spring.datasource.url"));
    }

    /** A DataSource bean, or {@code retort.url}: as Boot's Flyway condition. */
    static final class DataSourceOrUrl extends AnyNestedCondition {
        DataSourceOrUrl() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "retort", name = "url")
        static final class Url {
        }
    }
}
