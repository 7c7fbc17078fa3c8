package dev.retort.model;

/**
 * Something {@link Dsl#table(String, TablePart...)} accepts: a column, a constraint, an index, or a
 * table option. Made only by {@link Dsl}'s factory methods.
 */
public sealed interface TablePart permits ColumnSpec, PrimaryKeySpec, UniqueSpec, IndexSpec, ForeignKeySpec,
        CheckSpec, TableOption {
}
