package dev.retort.model;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the models are, as {@code retort.properties} says:
 *
 * <pre>{@code
 * model_classpath = target/classes:lib/*          # directories and jars, relative to the file
 * model_packages  = com.example.billing, com.example.users   # scanned for @Entity (needs retort-jpa)
 * # or
 * model_class     = com.example.db.AppSchema      # a SchemaDefinition
 * }</pre>
 *
 * Entries of {@code model_classpath} are separated by {@code :} ({@code ;} on Windows); an entry ending
 * in {@code /*} stands for every jar in that directory. Exactly one of {@code packages} and
 * {@code className} is set.
 *
 * @param classpath absolute directories and jars, in order; empty means the application's own classpath
 * @param packages  packages to scan for entities, or empty
 * @param className the {@link SchemaDefinition} class, or null
 * @param settings  the reader's own keys ({@code jpa_*}, e.g. {@code jpa_naming_strategy}), and {@code jpa_dialect}
 *                  taken from the {@code url} when not set: the database the entities' schema is read for; and the
 *                  {@code naming_convention.*} templates ({@link NamingTemplates})
 */
public record ModelConfig(List<Path> classpath, List<String> packages, String className, Map<String, String> settings) {
    public static final String CLASSPATH_KEY = "model_classpath";
    public static final String PACKAGES_KEY = "model_packages";
    public static final String CLASS_KEY = "model_class";

    /** The prefix of the keys passed to the entity reader as {@link #settings()}. */
    public static final String READER_PREFIX = "jpa_";

    public ModelConfig {
        settings = Map.copyOf(settings);
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        if (packages.isEmpty() == (className == null)) {
            throw new IllegalArgumentException("give either packages or a class name, got " + packages + " and " + className);
        }
    }

    /** Models without reader settings. */
    public ModelConfig(List<Path> classpath, List<String> packages, String className) {
        this(classpath, packages, className, Map.of());
    }

    /** These models, with the entity reader's {@code settings}. */
    public ModelConfig withSettings(Map<String, String> values) {
        return new ModelConfig(classpath, packages, className, values);
    }

    /** Models from the entity classes in {@code packages}. */
    public static ModelConfig packages(List<Path> classpath, String... packages) {
        return new ModelConfig(classpath, List.of(packages), null);
    }

    /** Models from a {@link SchemaDefinition} class. */
    public static ModelConfig definition(List<Path> classpath, String className) {
        return new ModelConfig(classpath, List.of(), className);
    }

    /**
     * Reads the {@code model_*} keys of a configuration file.
     *
     * @param values    the file's keys, as {@code RetortConfig.properties()} holds them
     * @param directory the file's folder, against which {@code model_classpath} entries resolve
     * @return empty when neither {@code model_packages} nor {@code model_class} is set
     * @throws RetortException CONFIG when both are set, or only {@code model_classpath} is
     */
    public static Optional<ModelConfig> fromProperties(Map<String, String> values, Path directory) {
        String classpath = blankToNull(values.get(CLASSPATH_KEY));
        String packages = blankToNull(values.get(PACKAGES_KEY));
        String className = blankToNull(values.get(CLASS_KEY));
        if (packages != null && className != null) {
            throw new RetortException(ErrorCode.CONFIG, "both " + PACKAGES_KEY + " and " + CLASS_KEY
                    + " are set; keep " + PACKAGES_KEY + " for JPA entities or " + CLASS_KEY + " for a SchemaDefinition");
        }
        if (packages == null && className == null) {
            if (classpath != null) {
                throw new RetortException(ErrorCode.CONFIG, CLASSPATH_KEY + " is set but neither " + PACKAGES_KEY
                        + " nor " + CLASS_KEY + " is; add one of them");
            }
            return Optional.empty();
        }
        List<Path> entries = classpath == null ? List.of() : splitClasspath(classpath, directory);
        if (className != null) {
            return Optional.of(definition(entries, className).withSettings(readerSettings(values)));
        }
        List<String> names = new ArrayList<>();
        for (String name : packages.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return Optional.of(new ModelConfig(entries, names, null, readerSettings(values)));
    }

    /**
     * The {@code jpa_*} and {@code naming_convention.*} ({@link NamingTemplates}) keys, and {@code jpa_dialect} from
     * {@code url}'s scheme when unset.
     */
    static Map<String, String> readerSettings(Map<String, String> values) {
        Map<String, String> settings = new TreeMap<>();
        values.forEach((key, value) -> {
            if ((key.startsWith(READER_PREFIX) || key.startsWith(NamingTemplates.PREFIX)) && value != null
                    && !value.isBlank()) {
                settings.put(key, value.trim());
            }
        });
        NamingTemplates.of(settings); // a bad template fails here, before anything is read
        String url = blankToNull(values.get("url"));
        if (!settings.containsKey(READER_PREFIX + "dialect") && url != null) {
            // jdbc:postgresql://..., postgresql+psycopg2://..., sqlite:///app.db: the scheme, without a driver
            String rest = url.startsWith("jdbc:") ? url.substring(5) : url;
            int end = rest.indexOf(':');
            if (end > 0) {
                settings.put(READER_PREFIX + "dialect", rest.substring(0, end).replaceFirst("\\+.*", ""));
            }
        }
        return settings;
    }

    /** Splits a {@code :}-separated classpath, resolving each entry against {@code directory}. */
    static List<Path> splitClasspath(String classpath, Path directory) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(directory.toAbsolutePath().resolve(entry.trim()).normalize());
            }
        }
        return entries;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
