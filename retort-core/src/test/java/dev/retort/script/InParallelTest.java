package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void resultsKeepTheGivenOrder() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        assertEquals(items.stream().map(i -> "#" + i).toList(), InParallel.map(items, i -> "#" + i));
    }

    /** However the work is spread, the failure reported is the first in order, as a loop would report it. */
    @Test
    void theFirstFailureInOrderIsThrown() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        for (int round = 0; round < 20; round++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> InParallel.map(items, i -> {
                if (i == 37 || i >= 400) {
                    throw new IllegalStateException("item " + i);
                }
                return i;
            }));
            assertEquals("item 37", e.getMessage());
        }
    }

    @Test
    void fewItemsRunOnTheCallersThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        InParallel.map(IntStream.range(0, InParallel.FROM - 1).boxed().toList(), i -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    /** A dialect on the class path is looked up on the context class loader, so the pool's threads get the caller's. */
    @Test
    void theWorkSeesTheCallersContextClassLoader() throws Exception {
        Thread self = Thread.currentThread();
        ClassLoader own = self.getContextClassLoader();
        try (URLClassLoader custom = new URLClassLoader(new URL[0], own)) {
            self.setContextClassLoader(custom);
            Set<ClassLoader> seen = ConcurrentHashMap.newKeySet();
            InParallel.map(IntStream.range(0, 2_000).boxed().toList(),
                    i -> seen.add(Thread.currentThread().getContextClassLoader()));
            assertEquals(Set.of(custom), seen);
        } finally {
            self.setContextClassLoader(own);
        }
    }
}
