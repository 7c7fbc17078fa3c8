package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Retort manages a DataSource's schema, so Hibernate's {@code ddl-auto} defaults to
 * {@code none} for it (instead of {@code create-drop} on an embedded database).
 */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {
    private final ObjectProvider<RetortFactory> factory;
    private final String applicationUrl;

    /** @param applicationUrl {@code spring.datasource.url}, to recognize a separate connection to the same database */
    RetortSchemaManagementProvider(ObjectProvider<RetortFactory> factory, String applicationUrl) {
        this.factory = factory;
        this.applicationUrl = applicationUrl;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        RetortFactory retort = factory.getIfAvailable();
        if (retort == null) {
            return SchemaManagement.UNMANAGED;
        }
        RetortFactory.Connection connection = retort.connection();
        boolean managed = connection.dataSource() != null ? connection.dataSource().equals(dataSource)
                : connection.url() != null && connection.url().equals(applicationUrl);
        return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
