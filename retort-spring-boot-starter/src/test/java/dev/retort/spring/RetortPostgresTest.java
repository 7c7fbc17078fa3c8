package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Properties that need a server, and several replicas starting at once, on PostgreSQL. */
class RetortPostgresTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

    private ApplicationContextRunner on(TestDatabase db) {
        return runner.withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user());
    }

    @Test
    void versionTableSchemaPutsTheVersionAndHistoryTablesThere() {
        try (TestDatabase db = TestDatabases.postgres(); TestDatabase other = TestDatabases.postgres()) {
            on(db).withPropertyValues("retort.version-table-schema=" + other.name()).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(Db.column(db.url(), db.user(), "SELECT version_num FROM " + other.name() + ".retort_version"))
                        .containsExactly("523dbb60ecfe");
                assertThat(Db.column(db.url(), db.user(), "SELECT count(*) FROM " + other.name() + ".retort_history"))
                        .containsExactly("2");
                assertThat(Db.freeTokens(db.url(), db.user())).containsExactly("10000");
            });
        }
    }

    @Test
    void lockTimeoutEndsTheWaitForAnotherReplicasLock() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection holder = db.connect();
             var lock = Dialects.forName("postgresql").lock(holder, null, "retort_version", Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            on(db).withPropertyValues("retort.lock-timeout=1s").run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lock");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(20));
            assertThat(Db.freeTokens(db.url(), db.user())).containsExactly("(PSQLException)");
        }
    }

    @Test
    void threeReplicasStartingAtOnceApplyEachMigrationOnce() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Callable<String>> replicas = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    replicas.add(() -> {
                        List<String> outcome = new ArrayList<>();
                        on(db).run(context -> outcome.add(context.getStartupFailure() == null ? "started"
                                : "failed: " + context.getStartupFailure()));
                        return outcome.get(0);
                    });
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(replicas)) {
                    outcomes.add(f.get());
                }
                assertThat(outcomes).containsExactly("started", "started", "started");
            } finally {
                pool.shutdown();
            }
            assertThat(Db.column(db.url(), db.user(), "SELECT revision FROM retort_history ORDER BY id"))
                    .containsExactly("1975ea83b712", "523dbb60ecfe");
            assertThat(Db.freeTokens(db.url(), db.user())).containsExactly("10000");
        }
    }
}
