package dev.retort.script;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.util.HashMap;
import java.util.Map;

/**
 * The jar file systems that class-path scripts are read through, shared by every {@code Retort} of this JVM that
 * reads the same jar: the JDK registers one file system per jar URI, so each user holds a {@link Lease} and the
 * file system is closed when the last lease is. One that the application opened itself is used as it is and
 * never closed.
 */
public final class JarFileSystems {
    private static final Map<URI, Shared> SHARED = new HashMap<>();

    private JarFileSystems() {
    }

    /** A use of a jar's file system; closing it closes the file system when no other use remains. */
    public static final class Lease implements Closeable {
        private final FileSystem fileSystem;
        private final URI uri;
        private boolean closed;

        private Lease(FileSystem fileSystem, URI uri) {
            this.fileSystem = fileSystem;
            this.uri = uri;
        }

        public FileSystem fileSystem() {
            return fileSystem;
        }

        @Override
        public void close() throws IOException {
            synchronized (SHARED) {
                if (closed || uri == null) {
                    return;
                }
                closed = true;
                Shared shared = SHARED.get(uri);
                if (shared != null && shared.fileSystem == fileSystem && --shared.users == 0) {
                    SHARED.remove(uri);
                    fileSystem.close();
                }
            }
        }
    }

    private static final class Shared {
        private final FileSystem fileSystem;
        private int users;

        private Shared(FileSystem fileSystem) {
            this.fileSystem = fileSystem;
        }
    }

    /** A lease on the file system of {@code jar:<jar URI>}, opening it when no one has it open. */
    static Lease open(URI uri) throws IOException {
        synchronized (SHARED) {
            Shared shared = SHARED.get(uri);
            if (shared == null || !shared.fileSystem.isOpen()) {
                try {
                    shared = new Shared(FileSystems.newFileSystem(uri, Map.of()));
                } catch (FileSystemAlreadyExistsException e) {
                    return new Lease(FileSystems.getFileSystem(uri), null);
                }
                SHARED.put(uri, shared);
            }
            shared.users++;
            return new Lease(shared.fileSystem, uri);
        }
    }
}
