package dev.retort.spring;

import dev.retort.Retort;

/**
 * Replaces what happens at start-up, which is {@code retort.upgrade(target)} unless a bean of this type exists.
 *
 * <pre>{@code
 * @Bean
 * RetortMigrationStrategy onlyCheck() {
 *     return (retort, target) -> {
 *         if (!retort.status().upToDate()) {
 *             throw new IllegalStateException("run the migrations first: " + retort.status().pending());
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

    /**
     * @param retort a Retort opened on the migrated database, closed when this returns
     * @param target {@code retort.target}
     */
    void migrate(Retort retort, String target);
}
