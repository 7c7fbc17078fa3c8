package dev.retort.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Each built-in check fails on a migration set broken on purpose, with the message a user reads in the report:
 * the check, the revision, its script and the difference.
 */
class BrokenMigrationsTest {
    private static final String SETS = "src/test/resources/migrations/";

    static MigrationKit.Builder kit(String set) {
        KitResults.requireTestKit();
        return builder(set);
    }

    static MigrationKit.Builder builder(String set) {
        return MigrationKit.builder().scriptLocation(Databases.migrations(set)).database(() -> Databases.fresh("sqlite"));
    }

    @RetortMigrationTests
    static class TwoHeads {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("two-heads").build();
        }
    }

    @RetortMigrationTests
    static class DowngradeLeavesColumn {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("leaves-column").build();
        }
    }

    /** The models have a column no migration adds. */
    @RetortMigrationTests(checks = MigrationCheck.MODELS_MATCH)
    static class ModelsAhead {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("shop").models(() -> {
                var shop = new ShopSchema().define();
                var customers = shop.table("customers").orElseThrow();
                var columns = new java.util.ArrayList<>(customers.columns());
                columns.add(dev.retort.schema.Column.of("email", dev.retort.schema.ColumnType.varchar(200)));
                return new dev.retort.schema.Schema(java.util.List.of(new dev.retort.schema.Table(customers.schema(),
                        customers.name(), columns, customers.primaryKey(), customers.uniques(), customers.indexes(),
                        customers.foreignKeys(), customers.checks(), customers.comment()), shop.table("orders").orElseThrow()));
            }).build();
        }
    }

    @RetortMigrationTests(checks = MigrationCheck.DATA_FIXTURES)
    static class FixtureDestroyed {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("destroys-data")
                    .fixture("c3c3c3c3c3c3", DataFixture.rows("orders", new TreeMap<>(Map.of("id", 1, "customer_id", 7, "total", 250))))
                    .build();
        }
    }

    @RetortMigrationTests(checks = MigrationCheck.DOWNGRADE_TO_BASE)
    static class DowngradeLeavesTable {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("leaves-table").build();
        }
    }

    @RetortMigrationTests(checks = MigrationCheck.UPGRADE)
    static class UpgradeFails {
        @RetortKit
        static MigrationKit kit() {
            return BrokenMigrationsTest.kit("bad-upgrade").build();
        }
    }

    @AfterAll
    static void drop() {
        Databases.dropAll();
    }

    @Test
    void secondHead() {
        EngineExecutionResults results = KitResults.run(TwoHeads.class);
        assertEquals(Map.of("single head", "single head: 2 heads; merge them with 'retort merge heads -m \"merge\"'\n"
                        + "  - head revision b2b2b2b2b2b2 \"create orders\" (" + SETS + "two-heads/versions/b2b2b2b2b2b2_create_orders.sql)\n"
                        + "  - head revision d4d4d4d4d4d4 \"create invoices\" (" + SETS + "two-heads/versions/d4d4d4d4d4d4_create_invoices.sql)"),
                KitResults.failures(results));
    }

    @Test
    void downgradeThatLeavesAColumn() {
        EngineExecutionResults results = KitResults.run(DowngradeLeavesColumn.class);
        assertEquals(Map.of("round trip c3c3c3c3c3c3", "round trip: revision c3c3c3c3c3c3 \"order status\" ("
                        + SETS + "leaves-column/versions/c3c3c3c3c3c3_order_status.sql): the schema after the downgrade differs"
                        + " from the one before the upgrade (before -> after the downgrade)\n"
                        + "  - table orders: column status is still there"),
                KitResults.failures(results));
    }

    @Test
    void modelsThatNoMigrationBuilds() {
        EngineExecutionResults results = KitResults.run(ModelsAhead.class);
        assertEquals(Map.of("models match migrations", "models match migrations: revision c3c3c3c3c3c3 \"order status\" ("
                        + SETS + "shop/versions/c3c3c3c3c3c3_order_status.sql): the models differ from the database at head;"
                        + " write the missing revision with 'retort revision --autogenerate -m \"...\"'\n"
                        + "  - + column customers.email"),
                KitResults.failures(results));
    }

    @Test
    void fixtureThatAMigrationDestroys() {
        EngineExecutionResults results = KitResults.run(FixtureDestroyed.class);
        assertEquals(Map.of("data fixtures survive their revisions", "data fixtures survive their revisions: revision"
                        + " c3c3c3c3c3c3 \"order status\" (" + SETS + "destroys-data/versions/c3c3c3c3c3c3_order_status.sql):"
                        + " its rows are not as expected after the upgrade\n"
                        + "  - table orders lost the fixture row {customer_id=7, id=1, total=250}; it holds no rows"),
                KitResults.failures(results));
    }

    @Test
    void downgradeThatLeavesATable() {
        EngineExecutionResults results = KitResults.run(DowngradeLeavesTable.class);
        String script = "revision b2b2b2b2b2b2 \"create orders\" (" + SETS + "leaves-table/versions/b2b2b2b2b2b2_create_orders.sql)";
        assertEquals(Map.of("downgrade to base leaves no table", "downgrade to base leaves no table: " + script
                        + ": downgrade to base left 1 table(s) besides the version and history tables\n"
                        + "  - table orders (created by " + script + ")"),
                KitResults.failures(results));
    }

    @Test
    void upgradeThatFails() {
        String message = KitResults.failures(KitResults.run(UpgradeFails.class)).get("upgrade base to head");
        assertTrue(message.startsWith("upgrade base to head: revision b2b2b2b2b2b2 \"create orders\" (" + SETS
                + "bad-upgrade/versions/b2b2b2b2b2b2_create_orders.sql): upgrade failed: "), message);
        assertTrue(message.contains("order_archive"), message);
    }

    /** Each check can be called alone, from a plain {@code @Test}, and says where the fault is. */
    @Test
    void checkCalledAlone() {
        MigrationCheckError error = assertThrows(MigrationCheckError.class,
                () -> builder("leaves-column").build().assertRoundTrip("c3c3"));
        assertEquals(MigrationCheck.ROUND_TRIP, error.check());
        assertEquals("c3c3c3c3c3c3", error.revision());
        assertEquals(Path.of(SETS + "leaves-column/versions/c3c3c3c3c3c3_order_status.sql").toAbsolutePath(),
                error.script().toAbsolutePath());
        assertEquals(java.util.List.of("table orders: column status is still there"), error.differences());
        builder("leaves-column").build().assertRoundTrip("b2b2b2b2b2b2");
    }
}
