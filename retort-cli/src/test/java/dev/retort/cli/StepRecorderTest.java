package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.MigrationListener;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StepRecorder sits between the engine and the printer for {@code --output json}: a listener hook it does not
 * forward is silently lost on screen (the lease lock's "took over" notice once was).
 */
class StepRecorderTest {
    @Test
    void forwardsEveryListenerHook() {
        List<String> missing = new ArrayList<>();
        for (Method hook : MigrationListener.class.getDeclaredMethods()) {
            if (Modifier.isStatic(hook.getModifiers())) {
                continue;
            }
            try {
                StepRecorder.class.getDeclaredMethod(hook.getName(), hook.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(hook.getName());
            }
        }
        assertTrue(missing.isEmpty(), "StepRecorder does not forward " + missing);
    }
}
