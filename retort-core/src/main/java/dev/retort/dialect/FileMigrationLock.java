package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The migration lock of a database that is a file (SQLite, H2): an operating-system lock on a file
 * beside it, {@code <database file>.retort-lock}. The system drops the lock when the process dies, so a
 * killed process never leaves a stale one; the file itself stays and is harmless.
 */
public final class FileMigrationLock implements MigrationLock {
    private static final long POLL_MS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private FileMigrationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code lockFile}, waiting up to {@code timeout}. */
    public static MigrationLock acquire(Path lockFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        FileChannel channel;
        try {
            Path parent = lockFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.LOCKED, "cannot open the lock file " + lockFile + ": " + e.getMessage(), e);
        }
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another Retort in this JVM holds it: wait like any other process
                }
                if (lock != null) {
                    return new FileMigrationLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw LockTimeouts.timedOut("lock file " + lockFile, timeout, null);
                }
                LockTimeouts.pause(POLL_MS);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof RetortException r) {
                throw r;
            }
            throw new RetortException(ErrorCode.LOCKED, "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Best effort: the process ending releases the lock.
        }
    }
}
