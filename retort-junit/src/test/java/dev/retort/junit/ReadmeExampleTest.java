package dev.retort.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The README's two example classes pass every check they ask for; the build also runs them itself. */
class ReadmeExampleTest {

    @Test
    void kitMethodExampleRunsEveryCheck() throws ClassNotFoundException {
        EngineExecutionResults results = KitResults.run(Class.forName("com.example.shop.ShopMigrationsTest"));
        assertEquals(Map.of(), KitResults.failures(results));
        assertEquals(List.of("single head", "upgrade base to head", "round trip a1a1a1a1a1a1", "round trip b2b2b2b2b2b2", "round trip c3c3c3c3c3c3",
                        "models match migrations", "downgrade to base leaves no table", "data fixtures survive their revisions"),
                results.testEvents().succeeded().list().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList());
    }

    @Test
    void emptyClassRunsTheChecksItCan() throws ClassNotFoundException {
        EngineExecutionResults results = KitResults.run(Class.forName("com.example.shop.EmptyClassMigrationsTest"));
        assertEquals(Map.of(), KitResults.failures(results));
        assertEquals(List.of("models match migrations", "data fixtures survive their revisions"),
                results.testEvents().skipped().list().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList());
        assertEquals(6, results.testEvents().succeeded().count());
    }
}
