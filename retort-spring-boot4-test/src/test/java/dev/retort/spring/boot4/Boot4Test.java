package dev.retort.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.RetortFactory;
import dev.retort.spring.RetortMigrationInitializer;
import dev.retort.spring.actuate.RetortEndpoint;
import dev.retort.spring.app.PlanApplication;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** What Boot 4 changes around the starter: its module split moved the auto-configurations the starter follows. */
class Boot4Test {

    @Test
    void onSpringBoot4TheStarterMigratesBeforeJpaAndOffersTheEndpoint() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        try (TestDatabase db = TestDatabases.postgres();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties("spring.main.banner-mode=off", "spring.datasource.url=" + db.url(),
                             "spring.datasource.username=" + db.user(), "management.endpoints.web.exposure.include=retort")
                     .run()) {
            assertThat(context.getBeansOfType(RetortMigrationInitializer.class)).hasSize(1);
            assertThat(context.getBean(PlanApplication.Seen.class).lines).containsExactly("plan free 10000");
            RetortEndpoint.Report report = context.getBean(RetortEndpoint.class).retort();
            assertThat(report.upToDate()).isTrue();
            assertThat(report.current()).containsExactly("523dbb60ecfe");
            assertThat(context.getBean(RetortFactory.class).target()).isEqualTo("head");

            Health health = context.getBean("retortHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("heads", List.of("523dbb60ecfe"));
        }
    }

    @Test
    void onSpringBoot4HealthIsDownWhileTheDatabaseIsBehindTheScripts() {
        try (TestDatabase db = TestDatabases.postgres();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties("spring.main.banner-mode=off", "spring.datasource.url=" + db.url(),
                             "spring.datasource.username=" + db.user(), "spring.jpa.hibernate.ddl-auto=none")
                     .run("--retort.target=1975ea83b712")) {
            assertThat(context.getBean(PlanApplication.Seen.class).lines).containsExactly("plan free 2000");
            Health health = context.getBean("retortHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("pending", List.of("523dbb60ecfe"));
        }
    }
}
