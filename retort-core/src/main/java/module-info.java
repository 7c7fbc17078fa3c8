/**
 * Retort's engine and its public Java API.
 *
 * <p>Exported: {@code dev.retort} (the {@code Retort} facade, {@code Migration}, {@code Op}, {@code Ddl},
 * {@code @Revision} and the records the facade returns), {@code dev.retort.error} (the exceptions),
 * {@code dev.retort.op} (operation values and the table DSL), {@code dev.retort.schema} (schema values),
 * {@code dev.retort.model} (the model DSL and the model-source SPI) and {@code dev.retort.config}
 * ({@code retort.properties} and URL forms). Every other package is internal: no compatibility guarantees.
 */
module dev.retort.core {
    requires transitive java.sql;
    requires java.compiler;

    exports dev.retort;
    exports dev.retort.config;
    exports dev.retort.error;
    exports dev.retort.model;
    exports dev.retort.op;
    exports dev.retort.schema;

    uses dev.retort.Callback;
    uses dev.retort.Retort.Provider;
    uses dev.retort.dialect.Dialect;
    uses dev.retort.model.ModelSourceFactory;

    provides dev.retort.Retort.Provider with dev.retort.command.RetortProvider;
}
