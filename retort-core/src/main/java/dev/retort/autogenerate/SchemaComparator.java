package dev.retort.autogenerate;

import dev.retort.dialect.Dialect;
import dev.retort.schema.Schema;

/**
 * Compares the schema the models declare with the schema reflected from the database, for one dialect,
 * into the operations that reconcile them.
 */
public final class SchemaComparator {
    private final Dialect dialect;

    public SchemaComparator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** {@code desired}: from the models; {@code actual}: from {@code dialect.inspector()}. */
    public Diff compare(Schema desired, Schema actual, CompareOptions options) {
        throw new UnsupportedOperationException("TODO " + dialect.name());
    }
}
