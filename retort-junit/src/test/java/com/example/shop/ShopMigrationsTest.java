package com.example.shop;

import dev.retort.junit.DataFixture;
import dev.retort.junit.MigrationKit;
import dev.retort.junit.RetortKit;
import dev.retort.junit.RetortMigrationTests;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** The README's example: a user's test class, run by the build as any test is (and by ReadmeExampleTest). */
@RetortMigrationTests
class ShopMigrationsTest {

    @RetortKit
    static MigrationKit kit() {
        return MigrationKit.builder()
                .scriptLocation(Path.of("src/test/resources/migrations/shop"))
                .databaseUrls(() -> "jdbc:h2:mem:" + UUID.randomUUID() // a fresh database for each check
                        + ";DB_CLOSE_DELAY=-1;DATABASE_TO_UPPER=FALSE")
                .models(new ShopModels()::define)                    // models match migrations
                .fixture("c3c3c3c3c3c3",                              // rows in before c3c3..., still there after
                        DataFixture.rows("orders", Map.of("id", 1, "customer_id", 7, "total", 250)))
                .build();
    }
}
