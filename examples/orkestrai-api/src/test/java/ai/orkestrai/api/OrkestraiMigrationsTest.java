package ai.orkestrai.api;

import dev.retort.junit.DataFixture;
import dev.retort.junit.MigrationKit;
import dev.retort.junit.RetortKit;
import dev.retort.junit.RetortMigrationTests;
import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * retort-junit's ready-made checks on the service's migrations, on PostgreSQL: a single head; base to head;
 * every revision upgraded, downgraded and upgraded again with the schema restored (the seed's rule: always
 * implement downgrade); the JPA entities match the migrations; downgrade to base leaves no table; and rows that
 * must survive the data migration and the new column.
 */
@RetortMigrationTests
class OrkestraiMigrationsTest {

    @RetortKit
    static MigrationKit kit() {
        PostgresDatabase db = PostgresDatabase.create();
        // One database for every check (each starts from base); dropped when the test JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        return MigrationKit.builder()
                .scriptLocation(Path.of("migrations"))
                .url(db.url(), db.user(), "")
                .models(ModelSources.of(ModelConfig.packages(List.of(Path.of("target/classes")), "ai.orkestrai.api.model")))
                // A plan of the team's own: the free plan's update must leave it alone.
                .fixture("523dbb60ecfe", DataFixture.rows("plans",
                        Map.of("id", 100, "name", "team", "monthly_token_limit", 50000)))
                // A user from before the phone column: still there, with no phone, after it.
                .fixture("286dfc4af72c", DataFixture.rows("users",
                        Map.of("id", 100, "email", "ana@example.com", "plan_id", 100)))
                .build();
    }
}
