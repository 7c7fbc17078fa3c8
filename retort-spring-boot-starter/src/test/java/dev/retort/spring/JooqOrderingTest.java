package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.jooqapp.JooqApplication;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Retort migrates before jOOQ's {@link DSLContext} is created (Boot's database-initializer detection, as for
 * Flyway): a bean that queries the migrated table through it at construction time sees the table and its row.
 */
class JooqOrderingTest {

    @Test
    void onPostgresqlADslContextUsedAtConstructionTimeSeesTheMigratedTable() {
        try (TestDatabase db = TestDatabases.postgres();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JooqApplication.class)
                     .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off",
                             "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user()).run()) {
            assertThat(context.getBean(JooqApplication.PlanNames.class).lines).containsExactly("plan free 10000");
            // The ordering comes from the dependency Boot adds, not from luck in bean creation order.
            String[] dependsOn = context.getBeanFactory().getBeanDefinition(
                    context.getBeanNamesForType(DSLContext.class)[0]).getDependsOn();
            assertThat(dependsOn).isNotNull();
            assertThat(Arrays.stream(dependsOn).map(name -> context.getBeanFactory().getType(name)))
                    .anyMatch(type -> type != null && type.getName().startsWith("dev.retort.spring."));
        }
    }
}
