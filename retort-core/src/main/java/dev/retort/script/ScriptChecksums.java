package dev.retort.script;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link ScriptChecksum} of each script of a folder, from the bytes its header was read from: hashed when first
 * asked for, or ahead on a daemon thread of its own ({@code retort-checksums}) once {@link #startHashing} says they
 * will be: a no-op {@code upgrade} compares every applied script's checksum with the history table's, and hashing
 * 1,000 short scripts takes about 20 ms of a cold JVM, then hidden behind building the graph and reading the
 * database. Commands that never compare checksums ({@code current}, {@code history}) hash nothing.
 */
final class ScriptChecksums {
    /** Below this many scripts, a thread costs more than it hides. */
    private static final int BACKGROUND_FROM = 64;

    private final int count;
    private final FutureTask<Map<Path, String>> sums;
    private final AtomicBoolean started = new AtomicBoolean();

    ScriptChecksums(List<ScriptReader.Read> reads) {
        this.count = reads.size();
        // The task holds the bytes until it has hashed them; then only the sums are kept.
        this.sums = new FutureTask<>(() -> {
            Map<Path, String> out = new HashMap<>(reads.size() * 2);
            for (ScriptReader.Read read : reads) {
                out.put(read.script().path(), ScriptChecksum.of(read.bytes()));
            }
            return out;
        });
    }

    /** Starts hashing on a thread of its own, when there are enough scripts for that to pay; once. */
    void startHashing() {
        if (count >= BACKGROUND_FROM && started.compareAndSet(false, true)) {
            Thread thread = new Thread(sums, "retort-checksums");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The checksum of {@code script} as it was read, or null for a script not among them. */
    String of(Script script) {
        if (started.compareAndSet(false, true)) {
            sums.run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return sums.get().get(script.path());
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing the scripts failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
