package dev.retort.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a user-style test class through Retort's engine, as a build would. */
final class KitResults {
    private KitResults() {
    }

    static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine(RetortTestEngine.ENGINE_ID).selectors(selectClass(testClass)).execute();
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
