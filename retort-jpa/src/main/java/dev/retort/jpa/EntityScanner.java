package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@code @Entity} classes of some packages (and their sub-packages) without running any of
 * their code: class files are searched for the annotation's descriptor first, and only the matches
 * are loaded, uninitialized. Looks in the given directories and jars, and in whatever else the class
 * loader has under the package names.
 */
final class EntityScanner {
    private static final byte[] ENTITY = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JAVAX_ENTITY = "Ljavax/persistence/Entity;".getBytes(StandardCharsets.UTF_8);

    private final ClassLoader loader;
    private final TreeSet<String> found = new TreeSet<>();

    private EntityScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /** The entity classes, sorted by name. */
    static List<Class<?>> scan(ClassLoader loader, List<Path> classpath, List<String> packages) {
        EntityScanner scanner = new EntityScanner(loader);
        for (String pkg : packages) {
            String prefix = pkg.replace('.', '/') + "/";
            for (Path entry : classpath) {
                scanner.scanEntry(entry, prefix);
            }
            scanner.scanLoader(prefix);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : scanner.found) {
            classes.add(scanner.load(name));
        }
        return classes;
    }

    private void scanEntry(Path entry, String prefix) {
        if (Files.isDirectory(entry)) {
            scanDirectory(entry.resolve(prefix), prefix);
        } else if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                scanJar(jar, prefix);
            } catch (IOException e) {
                throw new RetortException(ErrorCode.CONFIG, "cannot read " + entry + " of model_classpath: " + e.getMessage(), e);
            }
        }
    }

    private void scanLoader(String prefix) {
        try {
            Enumeration<URL> urls = loader.getResources(prefix);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) {
                    scanDirectory(Path.of(url.toURI()), prefix);
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        scanJar(jar, prefix);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot list package " + prefix + ": " + e.getMessage(), e);
        }
    }

    private void scanDirectory(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = prefix + dir.relativize(file).toString().replace('\\', '/');
                consider(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private void scanJar(JarFile jar, String prefix) throws IOException {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    consider(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private void consider(String path, byte[] bytes) {
        if (path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
            return;
        }
        String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
        if (contains(bytes, ENTITY) || contains(bytes, JAVAX_ENTITY)) {
            found.add(name);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot load entity " + name + ": " + e
                    + "; add the jars it needs to model_classpath", e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
