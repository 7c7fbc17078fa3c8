package dev.retort.jpa.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.jpa.JpaModelSource;
import dev.retort.render.JdbcSink;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Entities whose columns are spelled by {@code @Column(columnDefinition)}: one upgrade, then no difference. */
class ColumnDefinitionRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void columnDefinitionsSettle(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Schema model = JpaModelSource.ofPackages(getClass().getClassLoader(), List.of(),
                List.of("dev.retort.jpa.roundtrip.coldef")).load();
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            Diff first = comparator.compare(model, dialect.inspector().inspect(c, null), CompareOptions.all());
            assertEquals(List.of("+ table teams"), first.changes());
            JdbcSink sink = new JdbcSink(c, dialect);
            first.upgrade().forEach(sink::accept);
            c.commit();
            assertEquals(List.of(), comparator.compare(model, dialect.inspector().inspect(c, null),
                    CompareOptions.all()).changes());
        }
    }
}
