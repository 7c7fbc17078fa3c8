/**
 * Reads JPA entity annotations into Retort's schema model, without a JPA provider; found by retort-core
 * through {@code ModelSourceFactory}. Uses only retort-core's exported packages.
 */
module dev.retort.jpa {
    requires dev.retort.core;
    requires jakarta.persistence;

    provides dev.retort.model.ModelSourceFactory with dev.retort.jpa.JpaModelSourceFactory;
}
