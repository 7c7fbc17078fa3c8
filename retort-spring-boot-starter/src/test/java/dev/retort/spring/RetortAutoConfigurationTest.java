package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration in real application contexts on H2 and SQLite: what runs at start-up, and which properties it honours. */
class RetortAutoConfigurationTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, RetortAutoConfiguration.class));

    /** Reads the plans in its constructor: it fails unless the migration ran before the JdbcTemplate was handed out. */
    record PlanReader(List<Integer> freeTokens) {
    }

    @Configuration(proxyBeanMethods = false)
    static class ReadsPlansAtStartUp {
        @Bean
        PlanReader planReader(JdbcTemplate jdbc) {
            return new PlanReader(jdbc.queryForList("SELECT monthly_token_limit FROM plans WHERE name = 'free'", Integer.class));
        }
    }

    private String url(String database) {
        return database.equals("h2") ? Db.h2() : "jdbc:sqlite:" + dir.resolve("app.db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite"})
    void upgradesToHeadBeforeTheJdbcTemplateIsUsed(String database) {
        String url = url(database);
        runner.withPropertyValues("spring.datasource.url=" + url).withUserConfiguration(ReadsPlansAtStartUp.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    // 10000: the SQL resource and then the Java migration compiled with the application both ran.
                    assertThat(context.getBean(PlanReader.class).freeTokens()).containsExactly(10000);
                    assertThat(Db.versions(url)).containsExactly("523dbb60ecfe");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class AuditCallback {
        static final List<String> HEARD = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        dev.retort.Callback audit() {
            return c -> HEARD.add(c.event().fileName() + (c.revision() == null ? "" : "@" + c.revision()));
        }
    }

    @Test
    void callbackBeansRunAtStartUp() {
        AuditCallback.HEARD.clear();
        runner.withPropertyValues("spring.datasource.url=" + Db.h2()).withUserConfiguration(AuditCallback.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(AuditCallback.HEARD).startsWith("beforeUpgrade", "beforeEachMigration@1975ea83b712")
                            .endsWith("afterEachMigration@523dbb60ecfe", "afterUpgrade");
                });
    }

    @Test
    void targetStopsTheUpgradeThere() {
        String url = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.target=1975ea83b712").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Db.freeTokens(url)).containsExactly("2000");
        });
    }

    @Test
    void disabledMigratesNothingAndAddsNoBeans() {
        String url = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RetortFactory.class).doesNotHaveBean(RetortMigrationInitializer.class);
            assertThat(Db.freeTokens(url)).containsExactly("(JdbcSQLSyntaxErrorException)");
        });
    }

    @Test
    void versionTableNamesTheTable() {
        String url = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.version-table=app_version").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Db.versions(url, "sa", "app_version")).containsExactly("523dbb60ecfe");
            assertThat(Db.versions(url)).containsExactly("(JdbcSQLSyntaxErrorException)");
        });
    }

    @Test
    void aFilesystemScriptLocationIsAScriptFolder() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1b2c3d4e5f6_create_notes.sql"), """
                -- revision: a1b2c3d4e5f6
                -- message: create notes

                -- upgrade
                CREATE TABLE notes (id INTEGER PRIMARY KEY);

                -- downgrade
                DROP TABLE notes;
                """);
        String url = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.script-location=filesystem:" + dir.resolve("migrations"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Db.versions(url)).containsExactly("a1b2c3d4e5f6");
                    assertThat(Db.freeTokens(url)).containsExactly("(JdbcSQLSyntaxErrorException)");
                });
    }

    @Test
    void placeholdersFillTheScriptsPlaceholders() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1b2c3d4e5f6_create_notes.sql"), """
                -- revision: a1b2c3d4e5f6
                -- message: create notes

                -- upgrade
                CREATE TABLE ${table} (id INTEGER PRIMARY KEY, tier VARCHAR(20));
                INSERT INTO ${table} VALUES (1, '${tier}');

                -- downgrade
                DROP TABLE ${table};
                """);
        String url = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.script-location=filesystem:" + dir.resolve("migrations"),
                        "retort.placeholders.table=notes", "retort.placeholders.tier=gold")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Db.column(url, "sa", "SELECT tier FROM notes")).containsExactly("gold");
                });
        runner.withPropertyValues("spring.datasource.url=" + Db.h2(), "retort.script-location=filesystem:" + dir.resolve("migrations"))
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("a1b2c3d4e5f6_create_notes.sql:5: undefined placeholder ${table}"));
    }

    @Test
    void aMissingClasspathLocationStopsTheStartUpWithOneClearLine() {
        runner.withPropertyValues("spring.datasource.url=" + Db.h2(), "retort.script-location=classpath:db/nowhere").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageStartingWith("no migrations under classpath:db/nowhere");
        });
    }

    @Test
    void aStrategyBeanReplacesTheUpgrade() {
        String url = Db.h2();
        List<String> targets = new ArrayList<>();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.target=1975ea83b712")
                .withBean(RetortMigrationStrategy.class, () -> (retort, target) -> targets.add(target + " " + retort.heads().get(0).id()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(targets).containsExactly("1975ea83b712 523dbb60ecfe");
                    assertThat(Db.freeTokens(url)).containsExactly("(JdbcSQLSyntaxErrorException)");
                });
    }

    @Test
    void customizerBeansAdjustTheBuilder() {
        List<String> steps = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepFinished(MigrationStep step, Duration took) {
                steps.add(step.revision());
            }
        };
        runner.withPropertyValues("spring.datasource.url=" + Db.h2())
                .withBean(RetortBuilderCustomizer.class, () -> builder -> builder.listener(listener))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(steps).containsExactly("1975ea83b712", "523dbb60ecfe");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        static final String APP = Db.h2();
        static final String MIGRATION = Db.h2();

        @Bean
        @Primary
        DataSource dataSource() {
            return DataSourceBuilder.create().url(APP).username("sa").build();
        }

        @Bean
        @RetortDataSource
        DataSource migrationDataSource() {
            return DataSourceBuilder.create().url(MIGRATION).username("sa").build();
        }
    }

    @Test
    void theRetortDataSourceIsMigratedInsteadOfThePrimaryOne() {
        runner.withUserConfiguration(TwoDataSources.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Db.freeTokens(TwoDataSources.MIGRATION)).containsExactly("10000");
            assertThat(Db.freeTokens(TwoDataSources.APP)).containsExactly("(JdbcSQLSyntaxErrorException)");
            SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean("migrationDataSource", DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(context.getBean("dataSource", DataSource.class)))
                    .isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void retortUrlIsAConnectionOfItsOwn() {
        String app = Db.h2();
        String own = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + app, "retort.url=" + own, "retort.user=sa").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Db.freeTokens(own)).containsExactly("10000");
            assertThat(Db.freeTokens(app)).containsExactly("(JdbcSQLSyntaxErrorException)");
            assertThat(context.getBean(SchemaManagementProvider.class).getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void retortUserAloneConnectsToTheApplicationsUrlWithThatUser() {
        String app = Db.h2();
        runner.withPropertyValues("spring.datasource.url=" + app, "spring.datasource.username=nobody", "retort.user=sa")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RetortFactory.class).connection().dataSource()).isNull();
                    assertThat(context.getBean(RetortFactory.class).connection().user()).isEqualTo("sa");
                    assertThat(Db.freeTokens(app)).containsExactly("10000");
                    assertThat(context.getBean(SchemaManagementProvider.class).getSchemaManagement(context.getBean(DataSource.class)))
                            .isEqualTo(SchemaManagement.MANAGED);
                });
    }

    @Test
    void retortUrlAloneNeedsNoDataSource() {
        String own = Db.h2();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
                .withPropertyValues("retort.url=" + own, "retort.user=sa").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class);
                    assertThat(Db.freeTokens(own)).containsExactly("10000");
                });
    }

    @Test
    void waitKeepsRetryingAnAbsentDatabase() {
        ApplicationContextRunner absent = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
                .withPropertyValues("retort.url=jdbc:postgresql://127.0.0.1:9/none", "retort.user=nobody");
        long start = System.nanoTime();
        absent.run(context -> assertThat(context).hasFailed());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
        start = System.nanoTime();
        absent.withPropertyValues("retort.wait=3s").run(context -> assertThat(context).hasFailed());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }
}
