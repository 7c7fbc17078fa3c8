package dev.retort.maven;

import dev.retort.CompareOptions;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.config.ScriptArguments;
import dev.retort.config.UrlPrecedence;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings one goal runs with, with the CLI's keys and precedence: the POM's {@code <configuration>} over
 * {@code retort.properties}; for the URL, the POM's {@code <url>} (the CLI's {@code --url}), then
 * {@code RETORT_URL}, then {@code DATABASE_URL}, then the file's {@code url}. Credentials from a
 * {@code settings.xml} server or the POM fill in what the URL does not say, then the file's.
 */
final class RetortSetup {
    static final String INCLUDE_KEY = "autogenerate_include_tables";
    static final String EXCLUDE_KEY = "autogenerate_exclude_tables";
    static final String SCHEMA_KEY = "autogenerate_schema";

    private final PluginSettings pom;
    private final Map<String, String> env;
    private final RetortConfig file;
    private final Set<String> secrets = new LinkedHashSet<>();

    /** What the POM (or {@code -Dretort.*}) says; nulls where it says nothing. */
    record PluginSettings(Path basedir, Path configFile, Path scriptLocation, String url, String user, String password,
            String versionTable, String versionTableSchema, Path cacheDir, String modelClass, String modelPackages,
            String includeTables, String excludeTables, List<Path> projectClasspath, Map<String, String> placeholders) {
        PluginSettings {
            placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
        }
    }

    RetortSetup(PluginSettings pom, Map<String, String> env) {
        this.pom = pom;
        this.env = env;
        this.file = loadFile(pom);
        if (pom.password() != null) {
            secrets.add(pom.password());
        }
        if (file != null && file.password() != null) {
            secrets.add(file.password());
        }
    }

    /** The configFile, else {@code retort.properties} in the project's folder when there is one, else none. */
    private RetortConfig loadFile(PluginSettings pom) {
        if (pom.configFile() != null) {
            return RetortConfig.load(pom.configFile(), env);
        }
        Path implicit = pom.basedir().resolve(RetortConfig.FILE_NAME);
        return Files.isRegularFile(implicit) ? RetortConfig.load(implicit, env) : null;
    }

    /** Every password known, for redacting messages. */
    Set<String> secrets() {
        return secrets;
    }

    /**
     * The chosen database: the URL's own credentials first, then the POM's (or its settings.xml server's), then the
     * file's; a relative SQLite or H2 file against the file's folder for the file's URL, else the project's folder.
     */
    Optional<DatabaseUrl> database() {
        return UrlPrecedence.choose(pom.url(), env, file).map(choice -> {
            DatabaseUrl url = DatabaseUrl.parse(choice.url()).withDefaults(pom.user(), pom.password());
            if (file != null) {
                url = url.withDefaults(file.user(), file.password());
            }
            url = url.resolveFilesAgainst(choice.source() == UrlPrecedence.Source.FILE ? file.directory() : pom.basedir());
            if (url.password() != null) {
                secrets.add(url.password());
            }
            return url;
        });
    }

    /** A builder with scripts, version table and database (when one is configured). */
    RetortBuilder builder(boolean needsDatabase) {
        Path scripts = pom.scriptLocation() != null ? pom.scriptLocation() : file != null ? file.scriptLocation() : null;
        if (scripts == null) {
            throw new RetortException(ErrorCode.CONFIG, "no script location: set <scriptLocation> in the plugin's"
                    + " configuration, or script_location in retort.properties (<configFile>)");
        }
        RetortBuilder builder = Retort.builder().scriptLocation(scripts)
                .arguments(ScriptArguments.of(pom.placeholders(), file, env));
        String versionTable = pom.versionTable() != null ? pom.versionTable() : file != null ? file.versionTable() : null;
        if (versionTable != null) {
            builder.versionTable(versionTable);
        }
        String schema = pom.versionTableSchema() != null ? pom.versionTableSchema()
                : file != null ? file.versionTableSchema() : null;
        if (schema != null) {
            builder.versionTableSchema(schema);
        }
        if (file != null && !file.versionLocations().isEmpty()) {
            builder.versionLocations(file.versionLocations());
        }
        Path cache = pom.cacheDir() != null ? pom.cacheDir() : file != null ? file.cacheDir() : null;
        if (cache != null) {
            builder.cacheDir(cache);
        }
        Optional<DatabaseUrl> database = database();
        if (needsDatabase && database.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "no database URL: set <url> in the plugin's configuration, "
                    + UrlPrecedence.RETORT_URL + " or " + UrlPrecedence.DATABASE_URL + ", or url in retort.properties");
        }
        database.ifPresent(db -> {
            builder.url(db.jdbcUrl());
            if (db.user() != null) {
                builder.user(db.user());
            }
            if (db.password() != null) {
                builder.password(db.password());
            }
        });
        return builder;
    }

    /**
     * Adds the models: the POM's {@code modelClass}/{@code modelPackages}, else the file's {@code model_*} keys, on
     * the project's compiled classes and runtime dependencies (then the file's {@code model_classpath}, if any).
     */
    void models(RetortBuilder builder, ClassLoader parent) {
        Map<String, String> values = new java.util.HashMap<>(file == null ? Map.of() : file.properties());
        if (pom.modelClass() != null) {
            values.put(ModelConfig.CLASS_KEY, pom.modelClass());
            values.remove(ModelConfig.PACKAGES_KEY);
        } else if (pom.modelPackages() != null) {
            values.put(ModelConfig.PACKAGES_KEY, pom.modelPackages());
            values.remove(ModelConfig.CLASS_KEY);
        }
        Path dir = file == null ? pom.basedir() : file.directory();
        Optional<ModelConfig> models = ModelConfig.fromProperties(values, dir);
        if (models.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "no models to compare the database with: set <modelClass>"
                    + " (a SchemaDefinition) or <modelPackages> (JPA entities) in the plugin's configuration, or "
                    + ModelConfig.CLASS_KEY + " / " + ModelConfig.PACKAGES_KEY + " in retort.properties");
        }
        List<Path> classpath = new ArrayList<>(pom.projectClasspath());
        classpath.addAll(models.get().classpath());
        builder.models(ModelSources.of(new ModelConfig(classpath, models.get().packages(), models.get().className(), models.get().settings()), parent));
        builder.compareOptions(new CompareOptions(
                list(pom.includeTables() != null ? pom.includeTables() : property(INCLUDE_KEY)),
                list(pom.excludeTables() != null ? pom.excludeTables() : property(EXCLUDE_KEY)),
                property(SCHEMA_KEY)));
    }

    /** The default format of new scripts: the file's {@code revision_format}, else null (Java). */
    String revisionFormat() {
        return file == null ? null : file.revisionFormat();
    }

    private String property(String key) {
        return file == null ? null : file.property(key).orElse(null);
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
