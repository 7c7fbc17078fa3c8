package dev.retort.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs Retort's ready-made migration tests on the annotated class: single head, upgrade base to head,
 * every revision's upgrade/downgrade/upgrade round trip, models match migrations (when models are given),
 * downgrade to base, and the data fixtures. The class needs no test method; Retort's JUnit Platform engine
 * ({@code retort-migrations}, in this jar) finds it next to Jupiter.
 *
 * <pre>{@code
 * @RetortMigrationTests(scriptLocation = "src/main/resources/db/migrations", url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1")
 * class MigrationsTest {
 * }
 * }</pre>
 *
 * For a data source, models or fixtures, give the class one no-argument method annotated with {@link RetortKit}
 * that returns a {@link MigrationKit}; the attributes here are then ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RetortMigrationTests {

    /** The folder holding {@code versions/}, relative to the working folder (the module's folder under Maven). */
    String scriptLocation() default "";

    /** Or: the class-path folder of packaged scripts, such as {@code db/migrations}. */
    String classpathLocation() default "";

    /** The database every check runs on, one after another, each from base. */
    String url() default "";

    /** The checks to run; all of them by default. */
    MigrationCheck[] checks() default {};
}
