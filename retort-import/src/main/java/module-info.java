/**
 * {@code retort import}: turns an Alembic project (revision files in Python) or a Flyway project
 * ({@code V1__init.sql} files) into Retort scripts with the same revision graph. Uses only retort-core's
 * exported packages.
 */
module dev.retort.imports {
    requires dev.retort.core;

    exports dev.retort.imports;
}
