package dev.retort.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link RetortMigrationTests} class that returns the {@link MigrationKit} to test with:
 * no parameters, static or not (the class is then made with its no-argument constructor), any visibility.
 *
 * <pre>{@code
 * @RetortKit
 * static MigrationKit kit() {
 *     return MigrationKit.builder().scriptLocation(Path.of("migrations")).database(MyDatabases::fresh).build();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RetortKit {
}
