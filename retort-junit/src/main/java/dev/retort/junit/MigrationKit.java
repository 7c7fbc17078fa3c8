package dev.retort.junit;

import dev.retort.CompareOptions;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.model.ModelSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * A project's migrations and a database to prove them on, with the ready-made checks. Each check is a method
 * that throws {@link MigrationCheckError} naming the revision, its script and the difference; each starts from
 * a database at base. {@link RetortMigrationTests} runs them all; call one alone from a {@code @Test}, or return
 * {@link #dynamicTests()} from a Jupiter {@code @TestFactory}.
 *
 * <pre>{@code
 * MigrationKit kit = MigrationKit.builder()
 *         .scriptLocation(Path.of("src/main/resources/db/migrations"))
 *         .database(() -> freshDataSource())          // or .url("jdbc:...")
 *         .models(new AppSchema()::define)            // optional: models match migrations
 *         .fixture("3c1f0a9b2d4e", DataFixture.rows("orders", Map.of("id", 1, "total", 250)))
 *         .build();
 * kit.assertRoundTrips();
 * }</pre>
 */
public final class MigrationKit {
    final Consumer<RetortBuilder> scripts;
    final Supplier<DataSource> databases;
    final ModelSource models;
    final Map<String, DataFixture> fixtures;

    private MigrationKit(Builder b) {
        this.scripts = b.scripts;
        this.databases = b.databases;
        this.models = b.models;
        this.fixtures = Map.copyOf(b.fixtures);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The checks this kit can run: all but models without models, and data fixtures without fixtures. */
    public Set<MigrationCheck> applicableChecks() {
        Set<MigrationCheck> checks = EnumSet.allOf(MigrationCheck.class);
        if (models == null) {
            checks.remove(MigrationCheck.MODELS_MATCH);
        }
        if (fixtures.isEmpty()) {
            checks.remove(MigrationCheck.DATA_FIXTURES);
        }
        return checks;
    }

    /** The revisions, oldest first (an order in which each comes after what it revises). */
    public List<String> revisions() {
        return new Checks(this).revisions();
    }

    /** Fails when the scripts have more than one head, naming each with its script. */
    public void assertSingleHead() {
        new Checks(this).singleHead();
    }

    /** Upgrades a database at base revision by revision to the head(s); fails naming the revision that failed. */
    public void assertUpgradeToHead() {
        new Checks(this).upgradeToHead();
    }

    /** {@link #assertRoundTrip(String)} for every revision, oldest first, on one database. */
    public void assertRoundTrips() {
        new Checks(this).roundTrips(revisions());
    }

    /**
     * Upgrades to just below {@code revision}, then upgrades it, downgrades it and upgrades it again; fails when a
     * step fails or the schema after the downgrade differs from the one before the upgrade.
     */
    public void assertRoundTrip(String revision) {
        new Checks(this).roundTrip(revision);
    }

    /** Upgrades to head and compares the models with the database; fails with each difference. */
    public void assertModelsMatchMigrations() {
        new Checks(this).modelsMatch();
    }

    /** Upgrades to head, downgrades to base; fails naming each table left and the revision that created it. */
    public void assertDowngradeToBaseLeavesNoTables() {
        new Checks(this).downgradeToBase();
    }

    /** Upgrades revision by revision, running each revision's fixture around it; fails naming the revision. */
    public void assertDataFixtures() {
        new Checks(this).dataFixtures();
    }

    /** Runs one check; {@link MigrationCheck#ROUND_TRIP} runs every revision's. */
    public void run(MigrationCheck check) {
        switch (check) {
            case SINGLE_HEAD -> assertSingleHead();
            case UPGRADE -> assertUpgradeToHead();
            case ROUND_TRIP -> assertRoundTrips();
            case MODELS_MATCH -> assertModelsMatchMigrations();
            case DOWNGRADE_TO_BASE -> assertDowngradeToBaseLeavesNoTables();
            case DATA_FIXTURES -> assertDataFixtures();
        }
    }

    /**
     * Every applicable check as Jupiter dynamic tests, the round trip as one test per revision:
     * {@code @TestFactory Stream<DynamicNode> migrations() { return kit.dynamicTests(); }}.
     */
    public Stream<DynamicNode> dynamicTests() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (MigrationCheck check : applicableChecks()) {
            if (check == MigrationCheck.ROUND_TRIP) {
                nodes.add(DynamicContainer.dynamicContainer(check.displayName(), revisions().stream()
                        .map(r -> DynamicTest.dynamicTest(r, () -> assertRoundTrip(r)))));
            } else {
                nodes.add(DynamicTest.dynamicTest(check.displayName(), () -> run(check)));
            }
        }
        return nodes.stream();
    }

    /** Configures a {@link MigrationKit}: where the scripts are (required) and the database (required). */
    public static final class Builder {
        private Consumer<RetortBuilder> scripts;
        private Consumer<RetortBuilder> extra = b -> { };
        private Supplier<DataSource> databases;
        private ModelSource models;
        private CompareOptions compareOptions;
        private final Map<String, DataFixture> fixtures = new LinkedHashMap<>();

        private Builder() {
        }

        /** The folder holding {@code versions/}. */
        public Builder scriptLocation(Path scriptLocation) {
            Objects.requireNonNull(scriptLocation, "scriptLocation");
            scripts = b -> b.scriptLocation(scriptLocation);
            return this;
        }

        /** Scripts packaged on the class path, as {@link RetortBuilder#classpathLocation(String)}. */
        public Builder classpathLocation(String folder) {
            Objects.requireNonNull(folder, "folder");
            scripts = b -> b.classpathLocation(folder);
            return this;
        }

        /** One database for every check, each starting by downgrading it to base. */
        public Builder url(String url) {
            return url(url, null, null);
        }

        public Builder url(String url, String user, String password) {
            Objects.requireNonNull(url, "url");
            DataSource shared = new UrlDataSource(url, user, password);
            databases = () -> shared;
            return this;
        }

        /** A fresh database's JDBC URL for each check, such as {@code "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"}. */
        public Builder databaseUrls(Supplier<String> urls) {
            Objects.requireNonNull(urls, "urls");
            return database(() -> new UrlDataSource(urls.get(), null, null));
        }

        /** A fresh database for each check (an embedded one, a new schema, a container): asked once per check. */
        public Builder database(Supplier<DataSource> databases) {
            this.databases = Objects.requireNonNull(databases, "databases");
            return this;
        }

        /** The models, for {@link MigrationCheck#MODELS_MATCH}: a {@code SchemaDefinition}'s {@code ::define} fits. */
        public Builder models(ModelSource models) {
            this.models = Objects.requireNonNull(models, "models");
            return this;
        }

        /** Which tables the models check compares, as {@code retort check} does. */
        public Builder compareOptions(CompareOptions options) {
            this.compareOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Rows to put in before {@code revision} and check after it; one fixture per revision. */
        public Builder fixture(String revision, DataFixture fixture) {
            Objects.requireNonNull(revision, "revision");
            if (fixtures.put(revision, Objects.requireNonNull(fixture, "fixture")) != null) {
                throw new IllegalArgumentException("a fixture for revision " + revision + " is given twice");
            }
            return this;
        }

        /** Anything else the scripts need: version table, {@code -x} arguments, a class loader. */
        public Builder configure(Consumer<RetortBuilder> settings) {
            this.extra = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public MigrationKit build() {
            if (scripts == null) {
                throw new IllegalStateException("no scripts: call scriptLocation(...) or classpathLocation(...)");
            }
            if (databases == null) {
                throw new IllegalStateException("no database: call url(...) or database(...)");
            }
            Consumer<RetortBuilder> base = scripts.andThen(extra);
            CompareOptions options = compareOptions;
            scripts = options == null ? base : base.andThen(b -> b.compareOptions(options));
            return new MigrationKit(this);
        }
    }
}
