package dev.retort.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} Retort migrates, when it is not the application's primary one
 * (for example one whose user may change the schema).
 *
 * <pre>{@code
 * @Bean
 * @RetortDataSource
 * DataSource migrationDataSource() {
 *     return DataSourceBuilder.create().url(url).username("owner").password(secret).build();
 * }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface RetortDataSource {
}
