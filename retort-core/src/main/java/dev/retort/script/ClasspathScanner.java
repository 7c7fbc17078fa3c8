package dev.retort.script;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the revisions an application ships inside itself: {@code *.sql} resources under a class-path folder,
 * and classes implementing {@link Migration} with {@link Revision} in the package of the same path, in the
 * class loader's folders and jars.
 *
 * @param folder   the class-path folder without slashes at either end, or null for migrations given in code
 * @param sqlFiles the SQL resources, as paths (inside a jar, of its opened file system)
 * @param repeatableFiles the SQL resources in the folder's {@code repeatable/} ({@link RepeatableScript})
 * @param callbackFiles the SQL resources of the folder's {@code callbacks/}, which are no revisions
 * @param classes  the migrations by class name: those found, then those given
 * @param opened   leases on the jar file systems read, closed by whoever holds the scripts (a jar's file system
 *                 is shared with the other {@code Retort}s reading it, and closed with the last lease)
 */
public record ClasspathScanner(String folder, List<Path> sqlFiles, List<Path> repeatableFiles,
        List<Path> callbackFiles, Map<String, Migration> classes,
        List<JarFileSystems.Lease> opened) {
    /**
     * @param location   a class-path folder such as {@code db/migrations}, or null for {@code given} alone
     * @param given      migrations handed over as objects, each annotated with {@link Revision}
     */
    public static ClasspathScanner scan(String location, ClassLoader loader, List<Migration> given) {
        String folder = location == null ? null : location.replaceAll("^/+|/+$", "");
        List<Path> sqlFiles = new ArrayList<>();
        List<Path> repeatableFiles = new ArrayList<>();
        List<Path> callbackFiles = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        List<JarFileSystems.Lease> opened = new ArrayList<>();
        if (folder != null) {
            try {
                Enumeration<URL> roots = loader.getResources(folder);
                while (roots.hasMoreElements()) {
                    Path root = root(roots.nextElement(), folder, opened);
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(Files::isRegularFile).forEach(p -> {
                            String name = p.getFileName().toString();
                            if (name.endsWith(".sql")) {
                                Path relative = root.relativize(p);
                                String sub = relative.getNameCount() == 2 ? relative.getName(0).toString() : "";
                                (sub.equals(RepeatableScript.FOLDER) ? repeatableFiles
                                        : sub.equals("callbacks") ? callbackFiles : sqlFiles).add(p);
                            } else if (name.endsWith(".class") && !name.contains("$")) {
                                String relative = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                                classNames.add(folder.replace('/', '.') + "." + relative.substring(0, relative.length() - 6));
                            }
                        });
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new RetortException(ErrorCode.CONFIG, "cannot list the class-path folder " + folder + ": " + e, e);
            }
        }
        Map<String, Migration> classes = new LinkedHashMap<>();
        for (String name : classNames) {
            Migration m = instantiate(name, loader);
            if (m != null) {
                classes.put(name, m);
            }
        }
        for (Migration m : given) {
            if (!m.getClass().isAnnotationPresent(Revision.class)) {
                throw new RetortException(ErrorCode.SCRIPT, m.getClass().getName()
                        + " has no @Revision annotation; annotate it with its id and the revision it revises");
            }
            classes.put(m.getClass().getName(), m);
        }
        if (folder != null && sqlFiles.isEmpty() && classes.isEmpty() && repeatableFiles.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "no migrations under classpath:" + folder + " (no *.sql resources "
                    + "and no @Revision classes); check the path, or that the scripts are packaged with the application");
        }
        return new ClasspathScanner(folder, sqlFiles, repeatableFiles, callbackFiles, classes, opened);
    }

    /** The folder behind a class-path URL: a directory, or a folder inside a jar opened as a file system. */
    private static Path root(URL url, String folder, List<JarFileSystems.Lease> opened) throws IOException,
            URISyntaxException {
        if ("jar".equals(url.getProtocol())) {
            URI jar = ((JarURLConnection) url.openConnection()).getJarFileURL().toURI();
            JarFileSystems.Lease lease = JarFileSystems.open(URI.create("jar:" + jar));
            opened.add(lease);
            return lease.fileSystem().getPath("/" + folder);
        }
        return Path.of(url.toURI());
    }

    private static Migration instantiate(String name, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // not a class this loader can see: nothing to run
        }
        if (!Migration.class.isAssignableFrom(c) || !c.isAnnotationPresent(Revision.class) || c.isInterface()
                || Modifier.isAbstract(c.getModifiers())) {
            return null;
        }
        try {
            var constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RetortException(ErrorCode.SCRIPT, "cannot create migration " + name
                    + " (it needs a constructor without parameters): " + e, e);
        }
    }
}
