package com.example.shop;

import dev.retort.junit.RetortMigrationTests;

/** The README's shortest form: one annotation on an empty class, every check on one SQLite file, each from base. */
@RetortMigrationTests(scriptLocation = "src/test/resources/migrations/shop", url = "jdbc:sqlite:target/shop-migrations.db")
class EmptyClassMigrationsTest {
}
