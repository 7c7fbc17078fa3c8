package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A fleet migrated at start-up in a real application context: {@code retort.fleet.schemas} on PostgreSQL (each
 * schema its own version table and lock, through the application's Hikari pool), a {@link RetortFleetTargets}
 * bean of DataSources, and a failing tenant failing the start-up after every other one ran ({@code continue}) or
 * with nothing started after it ({@code stop}).
 */
class RetortFleetStarterTest {
    private static final int TENANTS = 5;
    private static final int FAILING = 2;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));
    private final String prefix = "tnt" + UUID.randomUUID().toString().substring(0, 6) + "_";
    private final List<String> tenants = new ArrayList<>();
    private TestDatabase db;

    @BeforeEach
    void tenants() throws Exception {
        db = TestDatabases.postgres();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (int i = 0; i < TENANTS; i++) {
                s.execute("CREATE SCHEMA " + prefix + i);
                tenants.add(prefix + i);
            }
        }
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + String.join(", ", tenants) + " CASCADE");
        }
        db.close();
    }

    private ApplicationContextRunner app(String... properties) {
        return runner.withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                "retort.fleet.schemas=" + String.join(",", tenants)).withPropertyValues(properties);
    }

    @Test
    void everySchemaIsMigratedInItsOwnSchemaAndTheMainOneIsLeftAlone() {
        app("retort.fleet.parallel=3").run(context -> {
            assertThat(context).hasNotFailed();
            for (String tenant : tenants) {
                assertThat(Db.column(db.url(), db.user(), "SELECT version_num FROM " + tenant + ".retort_version"))
                        .as(tenant).containsExactly("523dbb60ecfe");
                assertThat(Db.column(db.url(), db.user(), "SELECT monthly_token_limit FROM " + tenant + ".plans"))
                        .as(tenant).containsExactly("10000");
            }
            assertThat(Db.column(db.url(), db.user(), "SELECT count(*) FROM " + db.name() + ".retort_version"))
                    .containsExactly("(PSQLException)");
        });
    }

    @Test
    void continueMigratesEveryOtherTenantThenFailsTheStartUpNamingTheFailedOne() throws Exception {
        breakTenant();
        app("retort.fleet.parallel=2", "retort.fleet.on-error=continue").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("1 of 5 targets failed: "
                    + tenants.get(FAILING) + " (").hasMessageContaining("0 not started");
        });
        for (int i = 0; i < TENANTS; i++) {
            assertThat(versions(i)).as(tenants.get(i)).isEqualTo(i == FAILING ? List.of("(PSQLException)")
                    : List.of("523dbb60ecfe"));
        }
    }

    @Test
    void stopStartsNoTenantAfterTheFailedOne() throws Exception {
        breakTenant();
        app("retort.fleet.on-error=stop").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("1 of 5 targets failed: "
                    + tenants.get(FAILING) + " (").hasMessageContaining("2 not started");
        });
        for (int i = 0; i < TENANTS; i++) {
            assertThat(versions(i)).as(tenants.get(i)).isEqualTo(i < FAILING ? List.of("523dbb60ecfe")
                    : List.of("(PSQLException)"));
        }
    }

    @Test
    void aTargetsBeanOfDataSourcesMigratesEachDatabaseAndNotTheApplicationsOwn() {
        String main = Db.h2();
        String first = Db.h2();
        String second = Db.h2();
        Map<String, DataSource> databases = new java.util.LinkedHashMap<>();
        databases.put("first", h2(first));
        databases.put("second", h2(second));
        runner.withPropertyValues("spring.datasource.url=" + main).withBean(RetortFleetTargets.class,
                () -> RetortFleetTargets.dataSources(databases)).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Db.versions(first)).containsExactly("523dbb60ecfe");
                    assertThat(Db.versions(second)).containsExactly("523dbb60ecfe");
                    assertThat(Db.versions(main)).containsExactly("(JdbcSQLSyntaxErrorException)");
                });
    }

    private static DataSource h2(String url) {
        return DataSourceBuilder.create().url(url).username("sa").build();
    }

    /** The failing tenant: its plans table is there already, so its first migration fails. */
    private void breakTenant() throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + tenants.get(FAILING) + ".plans (id INTEGER)");
        }
    }

    private List<String> versions(int tenant) {
        return Db.column(db.url(), db.user(), "SELECT version_num FROM " + tenants.get(tenant) + ".retort_version");
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(TestDatabases.PG_ADMIN_URL, TestDatabases.PG_USER, "");
    }
}
