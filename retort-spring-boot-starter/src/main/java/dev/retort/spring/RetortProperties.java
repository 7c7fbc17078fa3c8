package dev.retort.spring;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code retort.*} properties of a Spring Boot application.
 *
 * <pre>
 * retort.script-location=classpath:db/retort
 * retort.target=head
 * retort.lock-timeout=2m
 * </pre>
 *
 * @param enabled            whether to migrate at start-up (and offer the endpoint and health indicator); true by default
 * @param scriptLocation     {@code classpath:db/retort} (SQL resources and compiled {@code @Revision} classes of the package
 *                           {@code db.retort}), or {@code file:} / {@code filesystem:} a script folder holding {@code versions/}
 * @param target             what {@code upgrade} goes to; {@code head} by default
 * @param lockTimeout        how long to wait for another replica's migration lock; Retort's 5 minutes when unset
 * @param connectWait        {@code retort.wait}: how long to keep retrying the first connection while the database is not up; none when unset
 * @param versionTable       the version table's name; {@code retort_version} when unset
 * @param versionTableSchema the schema of the version and history tables; the connection's when unset
 * @param url                a JDBC URL for a connection of Retort's own, instead of the application's DataSource
 * @param user               the user of that connection; {@code spring.datasource.username} when unset
 * @param password           its password; {@code spring.datasource.password} when unset
 * @param placeholders       {@code retort.placeholders.NAME=value}: the values of {@code ${NAME}} in SQL scripts (and
 *                           {@code Op.arguments()} in Java ones); none when unset
 */
@ConfigurationProperties("retort")
public record RetortProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:db/retort") String scriptLocation,
        @DefaultValue("head") String target,
        Duration lockTimeout,
        @Name("wait") Duration connectWait,
        String versionTable,
        String versionTableSchema,
        String url,
        String user,
        String password,
        Map<String, String> placeholders) {

    public RetortProperties {
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
    }

    /** Whether Retort connects on its own instead of borrowing the application's DataSource. */
    public boolean ownConnection() {
        return url != null || user != null || password != null;
    }

    @Override
    public String toString() {
        return "RetortProperties[enabled=" + enabled + ", scriptLocation=" + scriptLocation + ", target=" + target
                + ", lockTimeout=" + lockTimeout + ", wait=" + connectWait + ", versionTable=" + versionTable
                + ", versionTableSchema=" + versionTableSchema + ", url=" + url + ", user=" + user
                + ", password=" + (password == null ? null : "****") + ", placeholders=" + placeholders.keySet() + "]";
    }
}
