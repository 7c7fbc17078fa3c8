package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Opens a {@link Retort} configured from the {@code retort.*} properties, the migrated DataSource and the
 * {@link RetortBuilderCustomizer} beans. A {@code Retort} is for one command: open one, use it, close it.
 *
 * <pre>{@code
 * try (Retort retort = retortFactory.open()) {
 *     List<HistoryRow> rows = retort.appliedHistory();
 * }
 * }</pre>
 */
public final class RetortFactory {
    private final RetortProperties properties;
    private final Connection connection;
    private final ClassLoader classLoader;
    private final List<RetortBuilderCustomizer> customizers;

    /**
     * Where Retort connects: the application's DataSource, or a URL of its own.
     *
     * @param dataSource the DataSource to borrow connections from, or null to connect to {@code url}
     */
    public record Connection(DataSource dataSource, String url, String user, String password) {
        public static Connection of(DataSource dataSource) {
            return new Connection(Objects.requireNonNull(dataSource, "dataSource"), null, null, null);
        }

        @Override
        public String toString() {
            return dataSource != null ? "Connection[" + dataSource + "]" : "Connection[" + url + ", user=" + user + "]";
        }
    }

    public RetortFactory(RetortProperties properties, Connection connection, ClassLoader classLoader,
            List<RetortBuilderCustomizer> customizers) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.customizers = List.copyOf(customizers);
    }

    /** A new {@code Retort}; it connects when a command first needs the database. The caller closes it. */
    public Retort open() {
        RetortBuilder builder = Retort.builder();
        if (connection.dataSource() != null) {
            builder.dataSource(connection.dataSource());
        } else {
            builder.url(connection.url()).user(connection.user()).password(connection.password());
        }
        return configure(builder).build();
    }

    /** A builder configured as {@link #open()}'s, on {@code dataSource} instead (a fleet's target). */
    public RetortBuilder builder(DataSource dataSource) {
        return configure(Retort.builder().dataSource(dataSource));
    }

    private RetortBuilder configure(RetortBuilder builder) {
        location(builder, properties.scriptLocation());
        if (properties.lockTimeout() != null) {
            builder.lockTimeout(properties.lockTimeout());
        }
        if (properties.connectWait() != null) {
            builder.waitForDatabase(properties.connectWait());
        }
        if (properties.versionTable() != null) {
            builder.versionTable(properties.versionTable());
        }
        if (properties.versionTableSchema() != null) {
            builder.versionTableSchema(properties.versionTableSchema());
        }
        if (!properties.placeholders().isEmpty()) {
            builder.arguments(properties.placeholders());
        }
        customizers.forEach(c -> c.customize(builder));
        return builder;
    }

    /** Where Retort connects. */
    public Connection connection() {
        return connection;
    }

    /** {@code retort.target}: what the start-up upgrade goes to. */
    public String target() {
        return properties.target();
    }

    /**
     * {@code classpath:} (also without a prefix, as Flyway reads its locations) for scripts packaged with the
     * application; {@code file:} or {@code filesystem:} for a script folder on disk.
     */
    private void location(RetortBuilder builder, String location) {
        if (location == null || location.isBlank()) {
            throw new RetortException(ErrorCode.CONFIG, "retort.script-location is empty; set it to classpath:db/retort "
                    + "or to filesystem:/path/to/migrations");
        }
        String value = location.strip();
        for (String prefix : List.of("filesystem:", "file:")) {
            if (value.startsWith(prefix)) {
                String path = value.substring(prefix.length());
                builder.scriptLocation(path.startsWith("//") ? Path.of(java.net.URI.create("file:" + path)) : Path.of(path));
                return;
            }
        }
        for (String prefix : List.of("classpath*:", "classpath:")) {
            if (value.startsWith(prefix)) {
                value = value.substring(prefix.length());
                break;
            }
        }
        builder.classpathLocation(value).classLoader(classLoader);
    }
}
