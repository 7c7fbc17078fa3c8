package dev.retort.autogenerate.compare;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialects.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constraints and indexes matched by what they are, not by name (issue 10); warnings on every change that loses
 * data; model tables outside the schema compared.
 */
class StructuralMatchTest {
    private static final Table TYPES = table("types", column("id", bigint()).primaryKey());
    /** As the models name everything: by Retort's convention. */
    private static final Table PETS = table("pets",
            column("id", bigint()).primaryKey(),
            column("name", varchar(30)).notNull(),
            column("type_id", bigint()).references("types", "id").onDelete(CASCADE),
            uniqueOn("name", "type_id"),
            indexOn("name"));

    /** As PostgreSQL or Hibernate named them. */
    private static Table renamed(Table t) {
        Table.Builder b = bare(t);
        for (UniqueConstraint u : t.uniques()) {
            b.unique(new UniqueConstraint("UKdb" + u.columns().hashCode(), u.columns()));
        }
        for (Index i : t.indexes()) {
            b.index(new Index(t.name() + "_" + String.join("_", i.columns()) + "_idx", i.columns(), i.expressions(),
                    i.unique(), i.where()));
        }
        for (ForeignKey k : t.foreignKeys()) {
            b.foreignKey(new ForeignKey(t.name() + "_" + String.join("_", k.columns()) + "_fkey", k.columns(),
                    k.referencedSchema(), k.referencedTable(), k.referencedColumns(), k.onDelete(), k.onUpdate()));
        }
        return b.build();
    }

    @Test
    void checksPostgresqlRespellsAreTheChecksTheModelsWrite() {
        Table model = table("customers", column("id", bigint()).primaryKey(), column("tier", varchar(10)),
                column("rank", smallint()))
                .toBuilder()
                .check(new CheckConstraint("ck_customers_tier", "tier in ('FREE','PRO')"))
                .check(new CheckConstraint("ck_customers_rank", "rank between 0 and 2"))
                .build();
        // as PostgreSQL reports the checks Hibernate wrote, under its own names
        Table db = bare(model)
                .check(new CheckConstraint("customers_tier_check",
                        "((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))"))
                .check(new CheckConstraint("customers_rank_check", "((rank >= 0) AND (rank <= 2))"))
                .build();
        assertEquals(List.of(), SchemaComparatorTest.diff("postgresql", schema(model), schema(db), CompareOptions.all()).changes());
        Table other = bare(model).check(new CheckConstraint("customers_tier_check",
                "((tier)::text = ANY ((ARRAY['FREE'::character varying])::text[]))")).build();
        assertEquals(List.of(
                "- check customers_tier_check on customers (((tier)::text = ANY ((ARRAY['FREE'::character varying])::text[])))",
                "+ check ck_customers_tier on customers (tier in ('FREE','PRO'))",
                "+ check ck_customers_rank on customers (rank between 0 and 2)"),
                SchemaComparatorTest.diff("postgresql", schema(model), schema(other), CompareOptions.all()).changes(),
                "another value list is another check; the range check is missing");
    }

    @Test
    void aNameOnlyDifferenceIsNoChange() {
        Schema db = schema(TYPES, renamed(PETS));
        for (String dialect : List.of("postgresql", "mariadb", "sqlite", "h2")) {
            Diff d = SchemaComparatorTest.diff(dialect, schema(TYPES, PETS), db, CompareOptions.all());
            assertEquals(List.of(), d.changes(), dialect);
        }
    }

    @Test
    void compareConstraintNamesRecreatesWhatIsNamedDifferently() {
        Diff d = SchemaComparatorTest.diff("postgresql", schema(TYPES, PETS), schema(TYPES, renamed(PETS)),
                CompareOptions.all().withConstraintNames(true));
        assertEquals(6, d.changes().size(), d.changes().toString());
        assertTrue(d.changes().stream().anyMatch(c -> c.startsWith("- foreign key pets_type_id_fkey")), d.changes().toString());
    }

    @Test
    void aStructuralDifferenceIsStillAChange() {
        Table db = renamed(bare(PETS)
                .foreignKey(new ForeignKey("x", List.of("type_id"), null, "types", List.of("id"),
                        ReferentialAction.SET_NULL, null))
                .index(Index.uniqueOn("y", "name"))
                .unique(new UniqueConstraint("z", List.of("name")))
                .build());
        Diff d = SchemaComparatorTest.diff("postgresql", schema(TYPES, PETS), schema(TYPES, db), CompareOptions.all());
        assertEquals(List.of(
                "- foreign key pets_type_id_fkey on pets (type_id) -> types (id)",
                "- unique UKdb" + List.of("name").hashCode() + " on pets (name)",
                "- unique index pets_name_idx on pets (name)",
                "+ unique uq_pets_name_type_id on pets (name, type_id)",
                "+ index ix_pets_name on pets (name)",
                "+ foreign key fk_pets_type_id_types on pets (type_id) -> types (id)"), d.changes());
    }

    @Test
    void checksMatchByExpression() {
        Table model = PETS.toBuilder().check(new CheckConstraint("ck_pets_name", "length(name) > 0")).build();
        // PostgreSQL's spelling of the same check
        Table db = renamed(PETS).toBuilder().check(new CheckConstraint("pets_name_check", "(length((name)::text) > 0)"))
                .build();
        assertEquals(List.of(), SchemaComparatorTest.diff("postgresql", schema(TYPES, model), schema(TYPES, db),
                CompareOptions.all()).changes());
    }

    @Test
    void everyDropAndLossyTypeChangeCarriesAWarning() {
        Table model = table("pets", column("id", bigint()).primaryKey(), column("name", varchar(10)),
                column("price", numeric(8, 2)), column("n", bigint()), column("note", text()));
        Table db = table("pets", column("id", bigint()).primaryKey(), column("name", varchar(30)),
                column("price", numeric(10, 2)), column("n", integer()), column("note", varchar(50)),
                column("legacy", integer()));
        Diff d = SchemaComparatorTest.diff("postgresql", schema(model), schema(db, TYPES), CompareOptions.all());
        assertEquals(List.of(
                "WARNING: column pets.name changes type varchar(30) -> varchar(10), which can lose or refuse data; check the values first",
                "WARNING: column pets.price changes type numeric(10, 2) -> numeric(8, 2), which can lose or refuse data; check the values first",
                "WARNING: column pets.legacy is dropped and its values are lost; check that the models mean it (an unmapped relation or a renamed field also drops a column)",
                "WARNING: table types is dropped and its rows are lost; check that the models mean it (a table missing from the models, or outside the packages scanned, is dropped)"),
                d.notes());
    }

    @Test
    void aModelTableInTheConnectionsSchemaIsCompared() {
        Table pub = TYPES.toBuilder().schema("public").build();
        Diff there = new SchemaComparator(Dialects.forName("postgresql"))
                .compare(schema(pub), Schema.empty(), CompareOptions.all(), "public");
        assertEquals(List.of("+ table types"), there.changes());
        assertEquals(List.of(), there.uncompared());
        Diff elsewhere = new SchemaComparator(Dialects.forName("postgresql"))
                .compare(schema(pub), Schema.empty(), CompareOptions.all(), "app");
        assertTrue(elsewhere.isEmpty());
        assertEquals(1, elsewhere.uncompared().size());
        assertTrue(elsewhere.uncompared().get(0).startsWith("table public.types is not in the schema compared (app)"),
                elsewhere.uncompared().get(0));
    }

    private static Table.Builder bare(Table t) {
        Table.Builder b = Table.builder(t.name());
        t.columns().forEach(b::column);
        return b.primaryKey(t.primaryKey());
    }
}
