package com.example.shop;

import static dev.retort.model.Dsl.column;
import static dev.retort.model.Dsl.integer;
import static dev.retort.model.Dsl.schema;
import static dev.retort.model.Dsl.table;
import static dev.retort.model.Dsl.varchar;

import dev.retort.model.SchemaDefinition;
import dev.retort.schema.Schema;

/** The example's models. */
public class ShopModels implements SchemaDefinition {
    @Override
    public Schema define() {
        return schema(
                table("customers",
                        column("id", integer()).primaryKey(),
                        column("name", varchar(100)).notNull()),
                table("orders",
                        column("id", integer()).primaryKey(),
                        column("customer_id", integer()),
                        column("total", integer()),
                        column("status", varchar(20))));
    }
}
