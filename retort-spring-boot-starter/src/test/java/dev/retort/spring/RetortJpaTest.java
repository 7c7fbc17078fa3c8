package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.app.PlanApplication;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole applications ({@code @SpringBootApplication}, JPA, Spring Data) started as users start them. */
class RetortJpaTest {

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(PlanApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false")
                .properties(properties).run();
    }

    @Test
    void onPostgresqlARepositoryInACommandLineRunnerSeesTheMigratedTable() {
        try (TestDatabase db = TestDatabases.postgres();
             ConfigurableApplicationContext context = start("spring.datasource.url=" + db.url(),
                     "spring.datasource.username=" + db.user())) {
            assertThat(context.getBean(PlanApplication.Seen.class).lines).containsExactly("plan free 10000");
            assertThat(Db.column(db.url(), db.user(), "SELECT version_num FROM retort_version")).containsExactly("523dbb60ecfe");
        }
    }

    @Test
    void onAnEmbeddedDatabaseHibernateDdlAutoDefaultsToNone() {
        // Boot's default for an embedded database is create-drop, which would drop the migrated table at shutdown
        // and, at start-up, recreate it empty.
        // Boot leaves hibernate.hbm2ddl.auto out for none.
        try (ConfigurableApplicationContext context = start("spring.datasource.url=" + Db.h2())) {
            assertThat(context.getBean(EntityManagerFactory.class).getProperties()).doesNotContainKey("hibernate.hbm2ddl.auto");
            assertThat(context.getBean(PlanApplication.Seen.class).lines).containsExactly("plan free 10000");
        }
        try (ConfigurableApplicationContext context = start("spring.datasource.url=" + Db.h2(), "retort.enabled=false")) {
            assertThat(context.getBean(EntityManagerFactory.class).getProperties().get("hibernate.hbm2ddl.auto"))
                    .isEqualTo("create-drop");
        }
    }

    @Test
    void anExplicitDdlAutoStillWins() {
        try (ConfigurableApplicationContext context = start("spring.datasource.url=" + Db.h2(),
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(context.getBean(EntityManagerFactory.class).getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("validate");
        }
    }
}
