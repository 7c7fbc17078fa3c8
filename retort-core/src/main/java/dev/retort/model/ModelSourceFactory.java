package dev.retort.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service that reads entity classes from packages, found with {@link java.util.ServiceLoader} so that
 * the core needs no JPA API. {@code retort-jpa} registers one in
 * {@code META-INF/services/dev.retort.model.ModelSourceFactory}.
 */
public interface ModelSourceFactory {

    /**
     * A source over the entity classes in {@code packages} (and their sub-packages).
     *
     * @param loader    loads the classes; it sees {@code classpath} and the application's own classes
     * @param classpath the directories and jars of {@code model_classpath}, absolute; may be empty
     * @param packages  the packages to scan, never empty
     */
    ModelSource forPackages(ClassLoader loader, List<Path> classpath, List<String> packages);

    /**
     * As {@link #forPackages(ClassLoader, List, List)}, with the reader's settings from the configuration file
     * ({@link ModelConfig#settings()}); a factory that has none ignores them.
     */
    default ModelSource forPackages(ClassLoader loader, List<Path> classpath, List<String> packages, Map<String, String> settings) {
        return forPackages(loader, classpath, packages);
    }
}
