package com.example;

import static dev.retort.model.Dsl.column;
import static dev.retort.model.Dsl.integer;
import static dev.retort.model.Dsl.schema;
import static dev.retort.model.Dsl.table;
import static dev.retort.model.Dsl.varchar;

import dev.retort.model.SchemaDefinition;
import dev.retort.schema.Schema;

/** What the migrations build. */
public class AppSchema implements SchemaDefinition {
    @Override
    public Schema define() {
        return schema(table("account",
                column("id", integer()).primaryKey(),
                column("email", varchar(200)).notNull()));
    }
}
