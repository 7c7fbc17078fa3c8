package dev.retort.script;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Maps many scripts on the common fork-join pool, as if one by one: the results in the given order, and the first
 * failure in that order the one thrown, however the work was spread. Below {@link #FROM} items everything runs on
 * the caller's thread. The pool's threads get the caller's context class loader for the work (a dialect on the
 * class path is looked up on it).
 *
 * <pre>{@code
 * List<SqlMigration> parsed = InParallel.map(files, f -> SqlMigration.parse(f, Files.readString(f)));
 * }</pre>
 */
public final class InParallel {
    /** Below this many items, threads cost more than they save (a script is read and parsed in tens of microseconds). */
    public static final int FROM = 64;

    private InParallel() {
    }

    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        if (items.size() < FROM) {
            return items.stream().<R>map(work).toList();
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<Object> done = items.parallelStream().map(item -> attempt(item, work, context)).toList();
        for (Object d : done) {
            if (d instanceof Failure f) {
                throw f.exception();
            }
        }
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) (List<?>) done;
        return results;
    }

    private record Failure(RuntimeException exception) {
    }

    private static <T> Object attempt(T item, Function<? super T, ?> work, ClassLoader context) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(context);
        try {
            return work.apply(item);
        } catch (RuntimeException e) {
            return new Failure(e);
        } finally {
            thread.setContextClassLoader(own);
        }
    }
}
