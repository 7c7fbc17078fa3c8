package dev.retort.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every check of the kit passes on the shop migrations on each of the four databases, each check on a fresh database. */
class KitOnDatabasesTest {

    /** A user's test class: its kit's database comes from the subclass. */
    abstract static class ShopMigrations {
        abstract String dialect();

        @RetortKit
        MigrationKit kit() {
            KitResults.requireTestKit();
            return MigrationKit.builder()
                    .scriptLocation(Databases.migrations("shop"))
                    .database(() -> Databases.fresh(dialect()))
                    .models(new ShopSchema()::define)
                    .fixture("c3c3c3c3c3c3", DataFixture.rows("orders", Map.of("id", 1, "customer_id", 7, "total", 250)))
                    .build();
        }
    }

    @RetortMigrationTests
    static class OnSqlite extends ShopMigrations {
        @Override
        String dialect() {
            return "sqlite";
        }
    }

    @RetortMigrationTests
    static class OnH2 extends ShopMigrations {
        @Override
        String dialect() {
            return "h2";
        }
    }

    @RetortMigrationTests
    static class OnPostgresql extends ShopMigrations {
        @Override
        String dialect() {
            return "postgresql";
        }
    }

    @RetortMigrationTests
    static class OnMariadb extends ShopMigrations {
        @Override
        String dialect() {
            return "mariadb";
        }
    }

    @AfterAll
    static void drop() {
        Databases.dropAll();
    }

    @ParameterizedTest
    @ValueSource(classes = {OnSqlite.class, OnH2.class, OnPostgresql.class, OnMariadb.class})
    void everyCheckPasses(Class<?> testClass) {
        EngineExecutionResults results = KitResults.run(testClass);
        assertEquals(Map.of(), KitResults.failures(results));
        assertEquals(List.of("single head", "upgrade base to head", "round trip a1a1a1a1a1a1", "round trip b2b2b2b2b2b2",
                        "round trip c3c3c3c3c3c3", "models match migrations", "downgrade to base leaves no table",
                        "data fixtures survive their revisions"),
                results.testEvents().succeeded().list().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList());
    }
}
