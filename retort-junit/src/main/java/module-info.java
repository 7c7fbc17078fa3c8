/**
 * Retort's JUnit 5 kit: {@code @RetortMigrationTests} and {@code MigrationKit}, the ready-made tests of a
 * project's migrations, and the JUnit Platform engine that runs them.
 */
module dev.retort.junit {
    requires transitive dev.retort.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.engine;

    exports dev.retort.junit;

    provides org.junit.platform.engine.TestEngine with dev.retort.junit.RetortTestEngine;
}
