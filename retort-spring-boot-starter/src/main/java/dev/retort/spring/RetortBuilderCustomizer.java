package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.RetortBuilder;

/**
 * Adjusts the {@link RetortBuilder} after the {@code retort.*} properties were applied, for what has no
 * property: listeners, {@code -x} arguments, migrations given as objects, the history table's name.
 *
 * <pre>{@code
 * @Bean
 * RetortBuilderCustomizer tenant() {
 *     return builder -> builder.arguments(Map.of("tenant", "acme"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RetortBuilderCustomizer {

    void customize(RetortBuilder builder);
}
