package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How entities are read: the naming strategy, and the database whose schema Hibernate would make for them
 * (Hibernate's DDL differs by dialect: an {@code @Enumerated(STRING)} is a native enum on MariaDB and H2, a
 * varchar with a check on PostgreSQL and SQLite). From {@code retort.properties}:
 *
 * <pre>{@code
 * jpa_naming_strategy = spring      # default: Spring Boot's snake_case (CamelCaseToUnderscoresNamingStrategy)
 * jpa_naming_strategy = hibernate   # Hibernate's own defaults: names as written, JPA's implicit names
 * jpa_dialect = postgresql          # default: taken from url; postgresql, mariadb (mysql), h2 or sqlite
 * }</pre>
 *
 * @param naming  the naming strategy
 * @param dialect postgresql, mariadb, h2, sqlite, or null when unknown (read as for PostgreSQL)
 */
public record JpaSettings(Naming naming, String dialect) {
    public static final String NAMING_KEY = "jpa_naming_strategy";
    public static final String DIALECT_KEY = "jpa_dialect";
    private static final ThreadLocal<JpaSettings> CURRENT = ThreadLocal.withInitial(JpaSettings::defaults);

    /** The naming strategies. */
    public enum Naming {
        /** Spring Boot's: {@code CamelCaseToUnderscoresNamingStrategy} and {@code SpringImplicitNamingStrategy}. */
        SPRING,
        /** Hibernate's defaults: {@code PhysicalNamingStrategyStandardImpl} and {@code ImplicitNamingStrategyJpaCompliantImpl}. */
        HIBERNATE
    }

    public static JpaSettings defaults() {
        return new JpaSettings(Naming.SPRING, null);
    }

    /** The settings of a configuration file's {@code jpa_*} keys. */
    public static JpaSettings of(Map<String, String> values) {
        String naming = values.getOrDefault(NAMING_KEY, "spring").trim().toLowerCase(Locale.ROOT);
        Naming strategy = switch (naming) {
            case "spring" -> Naming.SPRING;
            case "hibernate" -> Naming.HIBERNATE;
            default -> throw new RetortException(ErrorCode.CONFIG, NAMING_KEY + " = " + naming
                    + " is not a naming strategy; use spring (the default) or hibernate");
        };
        String dialect = values.get(DIALECT_KEY);
        if (dialect != null) {
            dialect = switch (dialect.trim().toLowerCase(Locale.ROOT)) {
                case "postgresql", "postgres", "pgsql" -> "postgresql";
                case "mariadb", "mysql" -> "mariadb";
                case "h2" -> "h2";
                case "sqlite" -> "sqlite";
                default -> null;
            };
        }
        return new JpaSettings(strategy, dialect);
    }

    public JpaSettings withNaming(Naming value) {
        return new JpaSettings(value, dialect);
    }

    public JpaSettings withDialect(String value) {
        return of(value == null ? Map.of(NAMING_KEY, naming.name()) : Map.of(NAMING_KEY, naming.name(), DIALECT_KEY, value));
    }

    boolean is(String name) {
        return name.equals(dialect);
    }

    /** The settings of the read in progress on this thread. */
    static JpaSettings current() {
        return CURRENT.get();
    }

    /** Runs {@code read} with these settings as {@link #current()}. */
    <T> T apply(Supplier<T> read) {
        JpaSettings before = CURRENT.get();
        CURRENT.set(this);
        try {
            return read.get();
        } finally {
            CURRENT.set(before);
        }
    }
}
