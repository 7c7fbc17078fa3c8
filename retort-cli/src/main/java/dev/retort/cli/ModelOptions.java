package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.error.RetortException;
import dev.retort.CompareOptions;
import dev.retort.config.RetortConfig;
import dev.retort.config.UrlPrecedence;
import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the models are and what to compare, for {@code revision --autogenerate} and {@code check}: the
 * {@code model_*} and {@code autogenerate_*} keys of {@code retort.properties}, each overridden by its option.
 */
final class ModelOptions {
    static final String INCLUDE_KEY = "autogenerate_include_tables";
    static final String EXCLUDE_KEY = "autogenerate_exclude_tables";
    static final String SCHEMA_KEY = "autogenerate_schema";

    @Option(names = "--model-classpath", paramLabel = "PATH",
            description = "Folders and jars holding the models, ':'-separated (model_classpath).")
    String classpath;

    @Option(names = "--model-packages", paramLabel = "PKG[,PKG...]",
            description = "Packages scanned for JPA @Entity classes (model_packages).")
    String packages;

    @Option(names = "--model-class", paramLabel = "CLASS",
            description = "A SchemaDefinition class declaring the tables (model_class).")
    String className;

    @Option(names = "--include-tables", paramLabel = "GLOB", split = ",",
            description = "Compare only these tables (* and ?); repeatable (autogenerate_include_tables).")
    List<String> includeTables = new ArrayList<>();

    @Option(names = "--exclude-tables", paramLabel = "GLOB", split = ",",
            description = "Leave these tables alone (* and ?); repeatable (autogenerate_exclude_tables).")
    List<String> excludeTables = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "The database schema to compare; default the connection's (autogenerate_schema).")
    String schema;

    @Option(names = "--compare-constraint-names",
            description = "A constraint or index named differently is dropped and created again (default: matched by what it is).")
    boolean compareConstraintNames;

    /**
     * Gives {@code builder} the models and compare options; a CONFIG error when no models are configured.
     *
     * @param urlOption the {@code --url} given, or null: the entity reader reads the entities for the database the
     *                  effective URL names ({@code jpa_dialect}), unless the file sets {@code jpa_dialect}
     */
    void apply(RetortConfig config, Invocation invocation, RetortBuilder builder, String urlOption) {
        Map<String, String> values = new HashMap<>(config.properties());
        UrlPrecedence.resolve(urlOption, invocation.env(), config, invocation.cwd())
                .ifPresent(db -> values.put("url", db.jdbcUrl()));
        Path directory = config.directory();
        if (classpath != null) {
            values.put(ModelConfig.CLASSPATH_KEY, classpath);
            directory = invocation.cwd();
        }
        if (packages != null) {
            values.put(ModelConfig.PACKAGES_KEY, packages);
            if (className == null) {
                values.remove(ModelConfig.CLASS_KEY);
            }
        }
        if (className != null) {
            values.put(ModelConfig.CLASS_KEY, className);
            if (packages == null) {
                values.remove(ModelConfig.PACKAGES_KEY);
            }
        }
        Optional<ModelConfig> models = ModelConfig.fromProperties(values, directory);
        if (models.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "no models to compare the database with; set "
                    + ModelConfig.CLASSPATH_KEY + " and either " + ModelConfig.PACKAGES_KEY + " (JPA entities) or "
                    + ModelConfig.CLASS_KEY + " (a SchemaDefinition) in " + invocation.display(config.file())
                    + ", or pass --model-classpath with --model-packages or --model-class");
        }
        builder.models(ModelSources.of(models.get()));
        builder.compareOptions(compareOptions(config, includeTables, excludeTables, schema, compareConstraintNames));
    }

    /** The compare options: each option given, else its key of {@code retort.properties}. */
    static CompareOptions compareOptions(RetortConfig config, List<String> includeTables, List<String> excludeTables,
            String schema, boolean compareConstraintNames) {
        return new CompareOptions(
                includeTables.isEmpty() ? list(config.property(INCLUDE_KEY)) : includeTables,
                excludeTables.isEmpty() ? list(config.property(EXCLUDE_KEY)) : excludeTables,
                schema != null ? schema : config.property(SCHEMA_KEY).orElse(null), compareConstraintNames);
    }

    private static List<String> list(Optional<String> value) {
        List<String> out = new ArrayList<>();
        value.ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        });
        return out;
    }
}
