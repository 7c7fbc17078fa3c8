package dev.retort.jpa.hibernate;

import dev.retort.jpa.JpaSettings;
import dev.retort.testing.TestDatabase;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Hibernate's own schema tools on a test database, with Spring Boot's naming: the reference. */
final class HibernateSchema {
    /**
     * hibernate-validator, with which Hibernate applies Bean Validation to the DDL; without jakarta.el, so messages
     * are interpolated without expressions.
     */
    private static final ValidatorFactory VALIDATORS = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private HibernateSchema() {
    }

    /** Creates the schema of {@code entities} in {@code db} as Hibernate's schema tool does ({@code create}). */
    static void create(TestDatabase db, List<Class<?>> entities, JpaSettings.Naming naming) {
        run(db, entities, "create-only", naming); // a fresh database: nothing to drop first
    }

    /** Hibernate's {@code validate}: throws when the database does not fit the entities. */
    static void validate(TestDatabase db, List<Class<?>> entities, JpaSettings.Naming naming) {
        run(db, entities, "validate", naming);
    }

    // The schema tool runs while the session factory starts.
    private static void run(TestDatabase db, List<Class<?>> entities, String action, JpaSettings.Naming naming) {
        try (StandardServiceRegistry registry = registry(db, action, naming)) {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.getMetadataBuilder().build().buildSessionFactory()) {
                factory.getMetamodel();
            }
        }
    }

    private static StandardServiceRegistry registry(TestDatabase db, String action, JpaSettings.Naming naming) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.hbm2ddl.auto", action)
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .applySetting("hibernate.connection.url", db.url())
                .applySetting("hibernate.connection.pool_size", "1")
                .applySetting("jakarta.persistence.validation.factory", VALIDATORS)
                .applySetting("hibernate.show_sql", "false");
        if (naming == JpaSettings.Naming.SPRING) {
            builder.applySetting("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
            builder.applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
        }
        if (db.dialect().equals("sqlite")) {
            builder.applySetting("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        if (db.dialect().equals("h2")) {
            // Retort quotes the lower-case names it writes; unquoted, H2 would fold Hibernate's to upper case.
            builder.applySetting("hibernate.globally_quoted_identifiers", "true");
            builder.applySetting("hibernate.globally_quoted_identifiers_skip_column_definitions", "true");
        }
        if (db.user() != null) {
            builder.applySetting("hibernate.connection.username", db.user());
        }
        if (db.password() != null) {
            builder.applySetting("hibernate.connection.password", db.password());
        }
        return builder.build();
    }
}
