package dev.retort.dialect.inspect;

import static dev.retort.dialect.inspect.Inspected.assertSchema;
import static dev.retort.dialect.inspect.Inspected.names;
import static dev.retort.dialect.inspect.Inspected.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.dialects.Dialects;
import dev.retort.dialect.SchemaInspector;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspection contract every dialect passes on its real database: each feature read back as the model
 * declares it, Retort's own tables left out, other schemas read, and a fixed number of queries however many
 * tables. What each database spells its own way comes from its {@link InspectionFixture}.
 */
class InspectionContractTest extends EachDialect {
    private SchemaInspector inspector;
    private InspectionFixture fixture;

    @BeforeEach
    void setUp() {
        inspector = Dialects.forName(dialect).inspector();
        fixture = InspectionFixture.of(dialect);
    }

    @Test
    void readsEveryFeatureBackAsTheModelDeclaresIt() throws Exception {
        try (TestDatabase db = database(); Connection c = db.connect()) {
            run(c, fixture.everyFeatureSql().toArray(String[]::new));
            assertSchema(fixture.everyFeature(), inspector.inspect(c, null));
        }
    }

    @Test
    void leavesOutRetortsTablesAndWhatTheFilterRejects() throws Exception {
        try (TestDatabase db = database(); Connection c = db.connect()) {
            run(c, fixture.ownTablesSql().toArray(String[]::new));
            assertEquals(fixture.namesBesideOwnTables(), names(inspector.inspect(c, null)));
            assertEquals(List.of("a", "b"),
                    names(inspector.inspect(c, null, SchemaInspector.excluding(Set.of(fixture.myVersionExcluded())))));
            assertEquals(List.of("b"), names(inspector.inspect(c, null, name -> name.startsWith("b"))));
        }
    }

    @Test
    void readsAnotherSchemaAndNamesOtherSchemasOfReferences() throws Exception {
        try (TestDatabase here = database(); TestDatabase there = database(); Connection c = here.connect()) {
            String schema = fixture.otherSchema(c, there);
            try {
                Schema remote = inspector.inspect(c, schema);
                assertEquals(List.of("kids", "parents"), names(remote));
                Table kids = remote.table("kids").orElseThrow();
                assertEquals(schema, kids.schema());
                assertNull(kids.foreignKeys().get(0).referencedSchema(), "same schema: none named");

                ForeignKey expected = fixture.crossSchemaKey(schema);
                Schema local = inspector.inspect(c, null);
                if (expected == null) {
                    assertEquals(List.of(), names(local));
                } else {
                    assertEquals(expected, local.table("local_kids").orElseThrow().foreignKeys().get(0));
                }
            } finally {
                fixture.leaveOtherSchema(c);
            }
        }
    }

    @Test
    void readsManyTablesInAsManyQueriesAsFew() throws Exception {
        for (int tables : fixture.tableCounts()) {
            assertEquals(fixture.inspectionQueries(), queriesToInspect(tables), tables + " tables");
        }
    }

    private int queriesToInspect(int tables) throws Exception {
        try (TestDatabase db = database(); Connection c = db.connect()) {
            try {
                fixture.createManyTables(c, tables);
                CountingConnection counting = new CountingConnection(c);
                Schema schema = inspector.inspect(counting.connection(), null);
                assertEquals(tables, schema.tables().size());
                assertEquals(1, schema.table(fixture.secondTable()).orElseThrow().indexes().size());
                return counting.executions();
            } finally {
                fixture.dropManyTables(c, tables);
            }
        }
    }
}
