package com.example;

import static dev.retort.model.Dsl.column;
import static dev.retort.model.Dsl.integer;
import static dev.retort.model.Dsl.schema;
import static dev.retort.model.Dsl.table;
import static dev.retort.model.Dsl.varchar;

import dev.retort.model.SchemaDefinition;
import dev.retort.schema.Schema;

/** The next version of the models: a table no migration creates yet, for revision -Dretort.autogenerate. */
public class NextSchema implements SchemaDefinition {
    @Override
    public Schema define() {
        return schema(
                table("account",
                        column("id", integer()).primaryKey(),
                        column("email", varchar(200)).notNull()),
                table("tag",
                        column("id", integer()).primaryKey(),
                        column("name", varchar(50)).notNull()));
    }
}
