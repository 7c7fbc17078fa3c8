package dev.retort.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The kit from Jupiter itself: {@code @TestFactory} returning {@link MigrationKit#dynamicTests()}, and one check alone. */
class DynamicTestsTest {
    private static final MigrationKit SHOP = MigrationKit.builder()
            .scriptLocation(Databases.migrations("shop"))
            .database(() -> Databases.fresh("h2"))
            .build();

    @AfterAll
    static void drop() {
        Databases.dropAll();
    }

    @TestFactory
    Stream<DynamicNode> migrations() {
        return SHOP.dynamicTests();
    }

    @Test
    void dynamicTestsNameEveryApplicableCheckAndRevision() {
        List<DynamicNode> nodes = SHOP.dynamicTests().toList();
        assertEquals(List.of("single head", "upgrade base to head", "round trip", "downgrade to base leaves no table"),
                nodes.stream().map(DynamicNode::getDisplayName).toList());
        DynamicContainer roundTrips = (DynamicContainer) nodes.get(2);
        assertEquals(List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"),
                roundTrips.getChildren().map(DynamicNode::getDisplayName).toList());
        assertEquals(DynamicTest.class, nodes.get(0).getClass());
    }

    @Test
    void aSecondHeadFailsTheCheckCalledAlone() {
        MigrationKit twoHeads = MigrationKit.builder().scriptLocation(Databases.migrations("two-heads"))
                .database(() -> Databases.fresh("h2")).build();
        MigrationCheckError error = assertThrows(MigrationCheckError.class, twoHeads::assertSingleHead);
        assertEquals(MigrationCheck.SINGLE_HEAD, error.check());
        assertEquals(2, error.differences().size());
        twoHeads.assertUpgradeToHead();
        twoHeads.assertDowngradeToBaseLeavesNoTables();
    }
}
