package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.Retort;
import dev.retort.spring.actuate.RetortEndpoint;
import dev.retort.spring.actuate.RetortEndpointAutoConfiguration;
import dev.retort.spring.actuate.RetortHealthContributorAutoConfiguration;
import dev.retort.spring.actuate.RetortHealthIndicator;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code retort} endpoint and health indicator on PostgreSQL: what operations see. */
class RetortActuatorTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, RetortAutoConfiguration.class, EndpointAutoConfiguration.class,
            HealthContributorAutoConfiguration.class, RetortEndpointAutoConfiguration.class,
            RetortHealthContributorAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=retort,health");

    private ApplicationContextRunner on(TestDatabase db) {
        return runner.withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user());
    }

    @Test
    void afterTheStartUpUpgradeTheEndpointShowsTheRevisionsAndTheHistoryAndHealthIsUp() {
        try (TestDatabase db = TestDatabases.postgres()) {
            on(db).run(context -> {
                assertThat(context).hasNotFailed();
                RetortEndpoint.Report report = context.getBean(RetortEndpoint.class).retort();
                assertThat(report.upToDate()).isTrue();
                assertThat(report.current()).containsExactly("523dbb60ecfe");
                assertThat(report.heads()).containsExactly("523dbb60ecfe");
                assertThat(report.pending()).isEmpty();
                assertThat(report.history()).extracting(r -> r.kind().column() + " " + r.revision() + " " + r.success())
                        .containsExactly("upgrade 1975ea83b712 true", "upgrade 523dbb60ecfe true");
                // What GET /actuator/retort returns, through the JSON mapper.
                String json = new ObjectMapper().writeValueAsString(report);
                assertThat(json).contains("\"upToDate\":true", "\"current\":[\"523dbb60ecfe\"]", "\"pending\":[]",
                        "\"revision\":\"1975ea83b712\"", "\"kind\":\"UPGRADE\"");

                Health health = context.getBean("retortHealthIndicator", RetortHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("current", java.util.Set.of("523dbb60ecfe"));
            });
        }
    }

    @Test
    void healthIsDownWhileTheDatabaseIsBehindTheScripts() {
        try (TestDatabase db = TestDatabases.postgres()) {
            on(db).withPropertyValues("retort.target=1975ea83b712").run(context -> {
                Health health = context.getBean(RetortHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("pending", List.of("523dbb60ecfe"));
                assertThat(context.getBean(RetortEndpoint.class).retort().pending()).containsExactly("523dbb60ecfe");

                try (Retort retort = context.getBean(RetortFactory.class).open()) {
                    retort.upgrade("head");
                }
                assertThat(context.getBean(RetortHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            });
        }
    }

    @Test
    void healthIsDownWhileAMigrationIsInterrupted() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            on(db).run(context -> {
                Db.execute(db.url(), db.user(), "INSERT INTO retort_history (id, revision, direction, checksum, statements_total, "
                        + "statements_done, success, applied_by, applied_at, message) VALUES (99, '523dbb60ecfe', 'downgrade', "
                        + "NULL, NULL, 0, FALSE, 'ops', '2026-01-01T00:00:00Z', 'started')");
                Health health = context.getBean(RetortHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("interrupted",
                        List.of("downgrade 523dbb60ecfe started 2026-01-01T00:00:00Z"));
            });
        }
    }

    @Test
    void healthIsDownWhenAnAppliedScriptWasEdited() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Path script = Files.writeString(versions.resolve("a1b2c3d4e5f6_create_notes.sql"), """
                -- revision: a1b2c3d4e5f6
                -- message: create notes

                -- upgrade
                CREATE TABLE notes (id INTEGER PRIMARY KEY);

                -- downgrade
                DROP TABLE notes;
                """);
        try (TestDatabase db = TestDatabases.postgres()) {
            on(db).withPropertyValues("retort.script-location=filesystem:" + dir.resolve("migrations")).run(context -> {
                assertThat(context.getBean(RetortHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                Files.writeString(script, Files.readString(script).replace("(id INTEGER PRIMARY KEY)", "(id BIGINT PRIMARY KEY)"));
                Health health = context.getBean(RetortHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("changed", List.of("a1b2c3d4e5f6"));
                assertThat(context.getBean(RetortEndpoint.class).retort().changed()).containsExactly("a1b2c3d4e5f6");
            });
        }
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("spring.datasource.url=" + Db.h2(), "management.health.retort.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RetortHealthIndicator.class)
                        .hasSingleBean(RetortEndpoint.class));
    }

    @Test
    void withoutTheStarterEnabledThereIsNoEndpoint() {
        runner.withPropertyValues("spring.datasource.url=" + Db.h2(), "retort.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RetortEndpoint.class)
                        .doesNotHaveBean(RetortHealthIndicator.class));
    }

}
