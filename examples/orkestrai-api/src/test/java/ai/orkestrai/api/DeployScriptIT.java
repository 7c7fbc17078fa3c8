package ai.orkestrai.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.orkestrai.api.Deployment.Result;
import ai.orkestrai.api.Deployment.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second way to deploy, the seed's: {@code scripts/run_retort_migrations.sh} waits for PostgreSQL, runs
 * {@code retort upgrade head}, stops on failure, then {@code exec java -jar}s the built service. Each test has a
 * new empty database of its own.
 */
class DeployScriptIT {
    /** A bound for a stuck start only: on a quiet machine an instance is healthy in about 10 s. */
    private static final Duration START = Deployment.START_TIMEOUT;
    private static final List<String> REVISIONS = List.of("5e00f9470594", "e337bcfc7a00", "523dbb60ecfe", "286dfc4af72c");

    @TempDir
    Path dir;

    @Test
    void deployMigratesThenStartsTheServiceWhichKeepsAnsweringThroughDowngradeAndUpgrade() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create(); Deployment deployment = new Deployment(dir, db)) {
            Service service = deployment.deploy();
            Deployment.awaitHealthy(service, START);
            assertThat(service.output()).contains("Running upgrade <base> -> 5e00f9470594, create plans and users",
                    "Running upgrade 523dbb60ecfe -> 286dfc4af72c, add_phone_to_users", "286dfc4af72c (head)",
                    "migrations applied; starting the API", "Retort: database up to date at [286dfc4af72c]");
            Http http = service.http();
            assertThat(http.freeTokens()).isEqualTo(10000);

            // The last revision (the phone column) and then the seed's data migration, while the service runs.
            assertDowngrade(deployment.retort("downgrade", "-1"), "286dfc4af72c -> 523dbb60ecfe");
            assertThat(http.freeTokens()).isEqualTo(10000);
            assertThat(http.get("/actuator/health").status()).as("DOWN: the database is behind the scripts").isEqualTo(503);
            assertDowngrade(deployment.retort("downgrade", "-1"), "523dbb60ecfe -> e337bcfc7a00");
            assertThat(http.freeTokens()).as("the seed's downgrade: back to 2000").isEqualTo(2000);
            assertThat(db.query("SELECT version_num FROM retort_version")).containsExactly("e337bcfc7a00");

            Result up = deployment.retort("upgrade", "head");
            assertThat(up.status()).as(up.output()).isZero();
            assertThat(up.output()).contains("Running upgrade e337bcfc7a00 -> 523dbb60ecfe",
                    "Running upgrade 523dbb60ecfe -> 286dfc4af72c");
            assertThat(http.freeTokens()).isEqualTo(10000);
            assertThat(http.get("/actuator/health").status()).isEqualTo(200);
            assertThat(http.post("/users", "{\"email\":\"ana@example.com\",\"phone\":\"+55 11 5555-0100\"}").status())
                    .isEqualTo(201);
        }
    }

    @Test
    void threeInstancesStartedAtOnceOnAnEmptyDatabaseAllBecomeHealthyAndEachMigrationRunsOnce() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create(); Deployment deployment = new Deployment(dir, db)) {
            long start = System.nanoTime();
            List<Service> services = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                services.add(deployment.deploy());
            }
            for (Service service : services) {
                Deployment.awaitHealthy(service, START);
                assertThat(service.http().freeTokens()).isEqualTo(10000);
            }
            System.out.printf("three instances healthy in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(db.query("SELECT revision, count(*) FROM retort_history WHERE direction = 'upgrade'"
                    + " GROUP BY revision ORDER BY min(id)")).as("each migration applied once")
                    .containsExactly(REVISIONS.stream().map(r -> r + "|1").toArray(String[]::new));
            assertThat(db.query("SELECT version_num FROM retort_version")).containsExactly("286dfc4af72c");
            long migrated = services.stream().filter(s -> s.output().contains("Running upgrade <base> -> 5e00f9470594")).count();
            assertThat(migrated).as("one instance migrated, the others waited and found nothing to do").isEqualTo(1);
        }
    }

    @Test
    void aFailedMigrationStopsTheDeployWithANonZeroExitAndTheServiceNeverStarts() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create(); Deployment deployment = new Deployment(dir, db)) {
            db.execute("CREATE TABLE plans (id integer)"); // in the way of the first migration
            Service service = deployment.deploy();
            assertThat(service.process().waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("the deploy script ended").isTrue();
            String out = service.output();
            assertThat(service.process().exitValue()).as(out).isNotZero();
            assertThat(out).contains("failed: 5e00f9470594_create_plans_and_users.java:14: ERROR: relation \"plans\" already exists",
                            "run_retort_migrations: migrations failed", "not starting the API")
                    .doesNotContain("Started OrkestraiApiApplication");
            assertThat(db.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'users'"))
                    .as("nothing half-written").containsExactly("0");
        }
    }

    private static void assertDowngrade(Result result, String step) {
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("Running downgrade " + step);
    }
}
