package dev.retort.model;

import dev.retort.schema.Schema;

/**
 * Where the schema the application expects comes from: JPA entities, a {@link SchemaDefinition}, or
 * anything else that can describe tables. Autogenerate compares what {@link #load()} returns with the
 * schema reflected from the database.
 *
 * <pre>{@code
 * ModelSource models = ModelSources.of(ModelConfig.fromProperties(config.properties(), config.directory()).orElseThrow());
 * Schema expected = models.load();
 * }</pre>
 */
@FunctionalInterface
public interface ModelSource {

    /**
     * Reads the models.
     *
     * @throws dev.retort.error.RetortException CONFIG when the models cannot be found or read
     */
    Schema load();
}
