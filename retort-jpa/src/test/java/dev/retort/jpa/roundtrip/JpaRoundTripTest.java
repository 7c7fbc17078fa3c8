package dev.retort.jpa.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.jpa.JpaModelSource;
import dev.retort.jpa.JpaSettings;
import dev.retort.render.JdbcSink;
import dev.retort.op.Operation;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Autogenerate from JPA entities, on real databases: the entities of {@code v1} into an empty database and
 * back to no difference; those of {@code v2} (a column added, an index dropped, a length changed, an entity
 * with a many-to-one added) likewise; then the downgrade, which restores v1's reflected schema exactly.
 */
class JpaRoundTripTest {
    @TempDir
    Path dir;

    /** The entities of {@code version}, read for database {@code dialect} as the CLI reads them (jpa_dialect from the url). */
    private static Schema models(String version, String dialect) {
        return JpaModelSource.ofPackages(JpaRoundTripTest.class.getClassLoader(), List.of(),
                List.of("dev.retort.jpa.roundtrip." + version)).with(JpaSettings.defaults().withDialect(dialect)).load();
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void entitiesToDatabaseAndBack(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Schema v1 = models("v1", name);
        Schema v2 = models("v2", name);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            CompareOptions all = CompareOptions.all();

            Diff first = comparator.compare(v1, inspect(dialect, c), all);
            assertEquals(List.of("+ table customers", "+ table orders", "+ table products", "+ table tags",
                    "+ table product_tags"), first.changes());
            apply(c, dialect, first.upgrade());
            Schema reflectedV1 = inspect(dialect, c);
            assertEquals(List.of(), comparator.compare(v1, reflectedV1, all).changes(), "v1 applied");

            Diff second = comparator.compare(v2, reflectedV1, all);
            assertEquals(List.of(
                    "- index ix_customers_city on customers (city)",
                    "+ column customers.phone",
                    "~ column customers.city type varchar(255) -> varchar(100)",
                    "+ table reviews"), second.changes());
            apply(c, dialect, second.upgrade());
            assertEquals(List.of(), comparator.compare(v2, inspect(dialect, c), all).changes(), "v2 applied");

            apply(c, dialect, second.downgrade());
            assertEquals(reflectedV1, inspect(dialect, c), "v2's downgrade restores v1");
            apply(c, dialect, first.downgrade());
            assertEquals(Schema.empty(), inspect(dialect, c), "v1's downgrade leaves nothing");
        }
    }

    private static Schema inspect(Dialect dialect, Connection c) throws Exception {
        return dialect.inspector().inspect(c, null);
    }

    private static void apply(Connection c, Dialect dialect, List<Operation> operations) throws Exception {
        JdbcSink sink = new JdbcSink(c, dialect);
        operations.forEach(sink::accept);
        c.commit();
    }
}
