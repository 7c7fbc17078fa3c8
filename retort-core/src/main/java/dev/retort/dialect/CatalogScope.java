package dev.retort.dialect;

/**
 * The {@code catalog} and {@code schemaPattern} arguments of {@link java.sql.DatabaseMetaData} look-ups
 * that find a database's tables. Either may be null (not narrowed).
 */
public record CatalogScope(String catalog, String schema) {
}
