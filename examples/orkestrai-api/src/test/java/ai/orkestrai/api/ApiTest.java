package ai.orkestrai.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first way to deploy: the service alone on an empty database. The starter migrates it at start-up (the
 * scripts compiled into the service, from {@code classpath:db/retort}) before JPA starts, and the endpoints work.
 */
class ApiTest {

    @Test
    void migratesAnEmptyDatabaseAtStartUpAndServesPlansAndUsers() {
        try (PostgresDatabase db = PostgresDatabase.create();
             ConfigurableApplicationContext app = start(db)) {
            Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
            assertThat(db.query("SELECT version_num FROM retort_version")).containsExactly("286dfc4af72c");

            Http.Response plans = http.get("/plans");
            assertThat(plans.status()).isEqualTo(200);
            assertThat(plans.body().toString()).isEqualTo(
                    "[{\"id\":1,\"name\":\"free\",\"monthly_token_limit\":10000},"
                            + "{\"id\":2,\"name\":\"pro\",\"monthly_token_limit\":200000}]");

            Http.Response created = http.post("/users", "{\"email\":\"ana@example.com\",\"plan\":\"pro\",\"phone\":\"+55 11 5555-0100\"}");
            assertThat(created.status()).isEqualTo(201);
            long id = created.body().path("id").asLong();
            Http.Response read = http.get("/users/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().toString()).isEqualTo(
                    "{\"id\":" + id + ",\"email\":\"ana@example.com\",\"plan\":\"pro\",\"phone\":\"+55 11 5555-0100\"}");

            assertThat(http.post("/users", "{\"email\":\"ana@example.com\"}").status()).as("same email again").isEqualTo(409);
            assertThat(http.post("/users", "{\"email\":\"bia@example.com\",\"plan\":\"gold\"}").status()).isEqualTo(400);
            assertThat(http.get("/users/" + (id + 1000)).status()).isEqualTo(404);

            Http.Response health = http.get("/actuator/health");
            assertThat(health.body().path("status").asText()).isEqualTo("UP");
            assertThat(health.body().path("components").path("retort").path("status").asText()).isEqualTo("UP");
        }
    }

    static ConfigurableApplicationContext start(PostgresDatabase db) {
        return new SpringApplicationBuilder(OrkestraiApiApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.main.banner-mode=off");
    }
}
