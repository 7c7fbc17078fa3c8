package dev.retort.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a user-style test class through Retort's engine, as a build would. */
final class KitResults {
    private KitResults() {
    }

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

    static EngineExecutionResults run(Class<?> testClass) {
        RUNNING.set(true);
        try {
            return EngineTestKit.engine(RetortTestEngine.ENGINE_ID).selectors(selectClass(testClass)).execute();
        } finally {
            RUNNING.set(false);
        }
    }

    /**
     * The nested user-style classes (several broken on purpose) run only through {@link #run}: a build that selects
     * them directly ({@code -Dtest='BrokenMigrationsTest*'} matches nested classes too) sees them skipped.
     */
    static void requireTestKit() {
        Assumptions.assumeTrue(RUNNING.get(), "run through EngineTestKit by its enclosing test");
    }

    /** Each failed test's display name and the message a user sees. */
    static Map<String, String> failures(EngineExecutionResults results) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (Event event : results.allEvents().failed().list()) {
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            failures.put(event.getTestDescriptor().getDisplayName(),
                    result.getThrowable().map(Throwable::getMessage).orElse("?"));
        }
        return failures;
    }
}
