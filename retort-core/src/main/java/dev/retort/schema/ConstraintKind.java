package dev.retort.schema;

/**
 * The kinds of named table constraints, for dropping one where the database needs to know which kind it
 * is (MariaDB drops a foreign key, a unique key and a primary key with different statements).
 */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK
}
