package dev.retort.model;

import dev.retort.schema.Schema;

/**
 * A class that declares the schema in Java, for teams without JPA; name it in {@code retort.properties}
 * as {@code model_class}. It needs a public no-argument constructor.
 *
 * <pre>{@code
 * import static dev.retort.model.Dsl.*;
 *
 * public class AppSchema implements SchemaDefinition {
 *     public Schema define() {
 *         return schema(
 *             table("plans",
 *                 column("id", bigint()).primaryKey().autoIncrement(),
 *                 column("name", varchar(50)).notNull().unique()));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SchemaDefinition {

    /** The tables the application expects. */
    Schema define();
}
