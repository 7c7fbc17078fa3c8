package dev.retort.imports.alembic;

/** A Python construct with no Retort translation; the statement stays Python, in a comment. */
final class Untranslatable extends RuntimeException {
    Untranslatable(String message) {
        super(message, null, false, false);
    }
}
