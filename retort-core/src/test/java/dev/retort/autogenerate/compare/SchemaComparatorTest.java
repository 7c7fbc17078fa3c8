package dev.retort.autogenerate.compare;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialects.Dialects;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateTable;
import dev.retort.op.DropTable;
import dev.retort.op.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison on literal schemas, without a database: each kind of difference, order, filters, reverses. */
class SchemaComparatorTest {
    private static final CompareOptions ALL = CompareOptions.all();

    /** Compares, and checks what every diff must do: upgrade reaches the models, downgrade comes back. */
    static Diff diff(String dialect, Schema desired, Schema actual, CompareOptions options) {
        Diff d = new SchemaComparator(Dialects.forName(dialect)).compare(desired, actual, options);
        assertEquals(d.upgrade().size(), d.downgrade().size(), "every operation reversed: " + d.notes());
        Schema upgraded = ModelApplier.apply(actual, d.upgrade());
        Diff again = new SchemaComparator(Dialects.forName(dialect)).compare(desired, upgraded, options);
        assertEquals(List.of(), again.changes(), "nothing left after the upgrade");
        assertEquals(ModelApplier.canonical(actual), ModelApplier.canonical(ModelApplier.apply(upgraded, d.downgrade())),
                "the downgrade restores the database");
        return d;
    }

    static Diff diff(Schema desired, Schema actual) {
        return diff("postgresql", desired, actual, ALL);
    }

    private static List<String> kinds(List<Operation> ops) {
        return ops.stream().map(o -> o.getClass().getSimpleName()).toList();
    }

    private static final Table USERS = table("users",
            column("id", bigint()).primaryKey().autoIncrement(),
            column("email", varchar(255)).notNull().unique(),
            column("plan", varchar(20)).notNull().serverDefault("'free'"),
            column("tokens", integer()).notNull().serverDefault("0"),
            column("phone", varchar(20)).index(),
            comment("people"));

    /** A model without ON UPDATE (JPA cannot say it) keeps the database's, with a note; one that says it sets it. */
    @Test
    void onUpdateIsSetByTheModelsAndNeverDroppedSilently() {
        Schema database = schema(table("film", column("id", integer()).primaryKey(),
                column("last_update", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP").onUpdateSet("now()")));
        Schema silent = schema(table("film", column("id", integer()).primaryKey(),
                column("last_update", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP")));
        Diff kept = diff("mariadb", silent, database, ALL);
        assertEquals(List.of(), kept.changes());
        assertEquals(List.of("column film.last_update has ON UPDATE now() in the database but not in the models: "
                + "autogenerate keeps it; to drop it, write op.alterColumn(\"film\", \"last_update\", "
                + "a -> a.dropOnUpdateSet())"), kept.notes());
        Schema said = schema(table("film", column("id", integer()).primaryKey(),
                column("last_update", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP")
                        .onUpdateSet("CURRENT_TIMESTAMP")));
        assertEquals(List.of(), diff("mariadb", said, database, ALL).changes(), "now() is CURRENT_TIMESTAMP there");
        Diff set = diff("mariadb", said, silent, ALL);
        assertEquals(List.of("~ column film.last_update on update none -> CURRENT_TIMESTAMP"), set.changes());
        assertEquals(null, ((AlterColumn) set.downgrade().get(0)).onUpdate(), "the downgrade drops it again");
    }

    /** An index of another kind is another index: dropped and created, each way. */
    @Test
    void aChangedIndexKindIsADropAndACreate() {
        Table gin = table("posts", column("id", integer()).primaryKey(), column("tags", sqlType("text[]")),
                index("ix_posts_tags", i -> i.columns("tags").kind("gin")));
        Table gist = table("posts", column("id", integer()).primaryKey(), column("tags", sqlType("text[]")),
                index("ix_posts_tags", i -> i.columns("tags").kind("GIST")));
        Diff d = diff(schema(gist), schema(gin));
        assertEquals(List.of("- gin index ix_posts_tags on posts (tags)", "+ gist index ix_posts_tags on posts (tags)"),
                d.changes());
        assertEquals(List.of("DropIndex", "CreateIndex"), kinds(d.upgrade()));
        assertEquals(List.of(), diff(schema(gin), schema(gin)).changes());
    }

    @Test
    void identicalSchemasHaveNoDifference() {
        Diff d = diff(schema(USERS), schema(USERS));
        assertTrue(d.isEmpty());
        assertEquals(List.of(), d.changes());
        assertEquals(List.of(), d.notes());
    }

    @Test
    void defaultsCompareAfterTheDialectNormalisesThem() {
        Table reflected = USERS.toBuilder()
                .replaceColumn(USERS.column("plan").orElseThrow().withDefault("'free'::character varying"))
                .replaceColumn(USERS.column("tokens").orElseThrow().withDefault("'0'::integer"))
                .build();
        assertTrue(diff(schema(USERS), schema(reflected)).isEmpty());
        Table other = USERS.toBuilder().replaceColumn(USERS.column("tokens").orElseThrow().withDefault("5")).build();
        Diff d = diff(schema(USERS), schema(other));
        assertEquals(List.of("~ column users.tokens default 5 -> 0"), d.changes());
    }

    @Test
    void numbersAndKeywordsCompareByValue() {
        Table model = table("t", column("amount", numeric(10, 2)).serverDefault("0"),
                column("active", bool()).serverDefault("TRUE"));
        Table reflected = table("t", column("amount", numeric(10, 2)).serverDefault("0.00"),
                column("active", bool()).serverDefault("true"));
        assertTrue(diff(schema(model), schema(reflected)).isEmpty());
    }

    @Test
    void otherTypesCompareWithoutRegardToSpacingOrCase() {
        Table model = table("t", column("amount", ColumnType.other("numeric(10,2)")),
                column("doc", ColumnType.other("TSVECTOR")));
        Table reflected = table("t", column("amount", ColumnType.other("numeric(10, 2)")),
                column("doc", ColumnType.other("tsvector")));
        assertTrue(diff(schema(model), schema(reflected)).isEmpty());
        Table other = table("t", column("amount", ColumnType.other("numeric(10, 3)")),
                column("doc", ColumnType.other("tsvector")));
        assertEquals(1, diff(schema(model), schema(other)).changes().size());
    }

    @Test
    void addedAndRemovedTables() {
        Table legacy = table("legacy", column("id", integer()).primaryKey());
        Diff d = diff(schema(USERS), schema(legacy));
        assertEquals(List.of("- table legacy", "+ table users"), d.changes());
        DropTable drop = assertInstanceOf(DropTable.class, d.upgrade().get(0));
        assertEquals(legacy, drop.definition());
        assertEquals(List.of("DropTable", "CreateTable"), kinds(d.downgrade()));
    }

    @Test
    void columnsAddedRemovedAndChanged() {
        Table model = table("users",
                column("id", bigint()).primaryKey(),
                column("email", varchar(320)).notNull(),
                column("nickname", text()).comment("shown to others"),
                column("created", timestampWithTimeZone()));
        Table reflected = table("users",
                column("id", bigint()).primaryKey(),
                column("email", varchar(255)),
                column("nickname", text()).serverDefault("'anon'"),
                column("legacy", integer()));
        Diff d = diff(schema(model), schema(reflected));
        assertEquals(List.of(
                "+ column users.created",
                "~ column users.email type varchar(255) -> varchar(320)",
                "~ column users.email nullable -> not null",
                "~ column users.nickname default 'anon' -> none",
                "~ column users.nickname comment none -> 'shown to others'",
                "- column users.legacy"), d.changes());
        AlterColumn email = assertInstanceOf(AlterColumn.class, d.upgrade().get(1));
        assertEquals(reflected.column("email").orElseThrow(), email.existing());
        assertEquals(List.of("WARNING: column users.legacy is dropped and its values are lost; check that the models "
                + "mean it (an unmapped relation or a renamed field also drops a column)"), d.notes());
    }

    @Test
    void aLikelyRenameIsNoted() {
        Table model = table("users", column("id", bigint()).primaryKey(), column("full_name", varchar(100)));
        Table reflected = table("users", column("id", bigint()).primaryKey(), column("name", varchar(100)));
        Diff d = diff(schema(model), schema(reflected));
        assertEquals(List.of("+ column users.full_name", "- column users.name"), d.changes());
        assertEquals(2, d.notes().size());
        assertTrue(d.notes().get(0).startsWith("WARNING: column users.name is dropped"), d.notes().get(0));
        String note = d.notes().get(1);
        assertTrue(note.contains("users.name") && note.contains("users.full_name")
                && note.contains("op.alterColumn(\"users\", \"name\", a -> a.rename(\"full_name\"))"), note);
    }

    @Test
    void typesCompareAsTheDialectRendersThem() {
        Table model = table("t", column("at", timestampWithTimeZone()), column("body", text()), column("id", bigint()).primaryKey().autoIncrement());
        Table reflected = table("t", column("at", timestamp()), column("body", text()), column("id", integer()).primaryKey().autoIncrement());
        // MariaDB has one timestamp type; SQLite declares a generated key INTEGER.
        assertEquals(List.of("~ column t.id type integer -> bigint"), diff("mariadb", schema(model), schema(reflected), ALL).changes());
        assertEquals(List.of("~ column t.at type timestamp -> timestamp with time zone"),
                diff("sqlite", schema(model), schema(reflected), ALL).changes());
        assertEquals(2, diff("postgresql", schema(model), schema(reflected), ALL).changes().size());
    }

    @Test
    void enumValuesAreCompared() {
        Table model = table("t", column("mood", enumOf("mood", "happy", "sad", "ok")));
        Table reflected = table("t", column("mood", enumOf("mood", "happy", "sad")));
        assertEquals(List.of("~ column t.mood type enum mood[happy, sad] -> enum mood[happy, sad, ok]"),
                diff(schema(model), schema(reflected)).changes());
    }

    @Test
    void commentsCountOnlyWhereTheDatabaseKeepsThem() {
        Table model = table("t", column("a", integer()).comment("x"), comment("a table"));
        Table reflected = table("t", column("a", integer()));
        assertEquals(List.of("~ column t.a comment none -> 'x'", "~ table t comment none -> 'a table'"),
                diff(schema(model), schema(reflected)).changes());
        assertTrue(diff("sqlite", schema(model), schema(reflected), ALL).isEmpty());
        assertEquals(List.of("~ table t comment 'a table' -> none"),
                diff(schema(reflected), schema(table("t", column("a", integer()), comment("a table")))).changes());
    }

    @Test
    void indexesAndUniqueConstraints() {
        Table model = table("users",
                column("id", bigint()).primaryKey(),
                column("email", varchar(255)),
                column("phone", varchar(20)),
                column("city", varchar(20)),
                uniqueOn("email"),
                index("ix_users_city", "city", "phone"));
        Table reflected = table("users",
                column("id", bigint()).primaryKey(),
                column("email", varchar(255)),
                column("phone", varchar(20)),
                column("city", varchar(20)),
                unique("uq_users_phone", "phone"),
                index("ix_users_city", "city"),
                index("ix_users_phone", "phone"));
        Diff d = diff(schema(model), schema(reflected));
        assertEquals(List.of(
                "- unique uq_users_phone on users (phone)",
                "- index ix_users_city on users (city)",
                "- index ix_users_phone on users (phone)",
                "+ unique uq_users_email on users (email)",
                "+ index ix_users_city on users (city, phone)"), d.changes());
    }

    @Test
    void aUniqueIndexIsTheUniqueConstraintMariaDbReportsForIt() {
        Table model = table("t", column("a", integer()), uniqueIndex("ux_t_a", "a"));
        Table reflected = Table.builder("t").column(Column.of("a", ColumnType.integer()))
                .unique(new UniqueConstraint("ux_t_a", List.of("a"))).build();
        assertTrue(diff("mariadb", schema(model), schema(reflected), ALL).isEmpty());
    }

    @Test
    void unnamedPartsMatchWhatTheyCover() {
        Table model = Table.builder("t").column(Column.of("a", ColumnType.integer()))
                .unique(new UniqueConstraint(null, List.of("a"))).build();
        Table reflected = Table.builder("t").column(Column.of("a", ColumnType.integer()))
                .unique(new UniqueConstraint("t_a_key", List.of("a"))).build();
        assertTrue(diff(schema(model), schema(reflected)).isEmpty());
    }

    @Test
    void expressionIndexesCompareAsTheDatabaseRespellsThem() {
        Table model = Table.builder("t").column(Column.of("email", ColumnType.varchar(100)))
                .index(new Index("ix_t_email", List.of(), List.of("lower(email)"), true, "email IS NOT NULL")).build();
        Table reflected = Table.builder("t").column(Column.of("email", ColumnType.varchar(100)))
                .index(new Index("ix_t_email", List.of(), List.of("lower((email)::text)"), true, "(email IS NOT NULL)"))
                .build();
        assertTrue(diff(schema(model), schema(reflected)).isEmpty());
    }

    @Test
    void foreignKeys() {
        Table plans = table("plans", column("id", bigint()).primaryKey());
        Table model = table("users", column("id", bigint()).primaryKey(),
                column("plan_id", bigint()).references("plans", "id").onDelete(CASCADE));
        Table reflected = table("users", column("id", bigint()).primaryKey(),
                column("plan_id", bigint()).references("plans", "id"));
        Diff d = diff(schema(plans, model), schema(plans, reflected));
        assertEquals(List.of("- foreign key fk_users_plan_id_plans on users (plan_id) -> plans (id)",
                "+ foreign key fk_users_plan_id_plans on users (plan_id) -> plans (id)"), d.changes());
        assertEquals(List.of("DropConstraint", "CreateForeignKey"), kinds(d.upgrade()));
    }

    @Test
    void restrictIsNoActionWhereTheDatabaseSaysSo() {
        Table plans = table("plans", column("id", bigint()).primaryKey());
        Table model = table("users", column("plan_id", bigint()).references("plans", "id").onDelete(RESTRICT));
        Table reflected = table("users", column("plan_id", bigint()).references("plans", "id"));
        assertTrue(diff("mariadb", schema(plans, model), schema(plans, reflected), ALL).isEmpty());
        assertTrue(diff("h2", schema(plans, model), schema(plans, reflected), ALL).isEmpty());
        assertEquals(2, diff("postgresql", schema(plans, model), schema(plans, reflected), ALL).changes().size());
    }

    @Test
    void checksAreAddedDroppedAndOnlyNotedWhenReworded() {
        Table model = table("t", column("n", integer()), check("positive", "n > 0"), check("small", "n < 10"));
        Table reflected = table("t", column("n", integer()), check("positive", "(\"n\" > 0)"), check("old", "n <> 5"));
        Diff d = diff(schema(model), schema(reflected));
        assertEquals(List.of("- check ck_t_old on t (n <> 5)", "+ check ck_t_small on t (n < 10)"), d.changes());
        assertEquals(List.of(), d.notes());
        Table reworded = table("t", column("n", integer()), check("positive", "n >= 1"), check("small", "n < 10"));
        Diff notes = diff(schema(model), schema(reworded));
        assertTrue(notes.isEmpty());
        assertEquals(1, notes.notes().size(), notes.notes().toString());
    }

    @Test
    void primaryKeyChanges() {
        Table model = table("t", column("a", integer()).primaryKey(), column("b", integer()).primaryKey());
        Table reflected = table("t", column("a", integer()).primaryKey(), column("b", integer()).notNull());
        Diff d = diff(schema(model), schema(reflected));
        assertEquals(List.of("- primary key pk_t on t (a)", "+ primary key pk_t on t (a, b)"), d.changes());
    }

    @Test
    void newTablesComeAfterTheTablesTheyReference() {
        Table c = table("c", column("id", integer()).primaryKey(), column("b_id", integer()).references("b", "id"));
        Table b = table("b", column("id", integer()).primaryKey(), column("a_id", integer()).references("a", "id"));
        Table a = table("a", column("id", integer()).primaryKey(), column("parent", integer()).references("a", "id"));
        Diff d = diff(schema(c, b, a), Schema.empty());
        assertEquals(List.of("+ table a", "+ table b", "+ table c"), d.changes());
        assertEquals(List.of("DropTable", "DropTable", "DropTable"), kinds(d.downgrade()));
        assertEquals("c", ((DropTable) d.downgrade().get(0)).name());
        // Dropping them all goes children first.
        Diff drop = diff(Schema.empty(), schema(a, b, c));
        assertEquals(List.of("- table c", "- table b", "- table a"), drop.changes());
    }

    @Test
    void aCycleIsCutByAddingOneKeyAfterTheTables() {
        Table a = table("a", column("id", integer()).primaryKey(), column("b_id", integer()).references("b", "id"));
        Table b = table("b", column("id", integer()).primaryKey(), column("a_id", integer()).references("a", "id"));
        Table d0 = table("d", column("a_id", integer()).references("a", "id"));
        Diff d = diff(schema(d0, a, b), Schema.empty());
        assertEquals(List.of("+ table a", "+ table d", "+ table b",
                "+ foreign key fk_a_b_id_b on a (b_id) -> b (id)"), d.changes());
        CreateTable first = assertInstanceOf(CreateTable.class, d.upgrade().get(0));
        assertEquals(List.of(), first.table().foreignKeys());
        assertInstanceOf(CreateForeignKey.class, d.upgrade().get(3));
        Diff drop = diff(Schema.empty(), schema(a, b, d0));
        assertEquals(List.of("- foreign key fk_a_b_id_b on a (b_id) -> b (id)", "- table d", "- table b", "- table a"),
                drop.changes());
    }

    @Test
    void aNewTableMayReferenceANewColumnOfAnExistingOne() {
        Table before = table("a", column("id", integer()).primaryKey());
        Table after = table("a", column("id", integer()).primaryKey(), column("code", varchar(5)).unique());
        Table child = table("b", column("code", varchar(5)).references("a", "code"));
        Diff d = diff(schema(after, child), schema(before));
        assertEquals(List.of("+ column a.code", "+ unique uq_a_code on a (code)", "+ table b"), d.changes());
        // An existing table's new key to a new table comes after it.
        Table pointing = table("a", column("id", integer()).primaryKey(), column("b_id", integer()).references("c", "id"));
        Table target = table("c", column("id", integer()).primaryKey());
        assertEquals(List.of("+ column a.b_id", "+ table c", "+ foreign key fk_a_b_id_c on a (b_id) -> c (id)"),
                diff(schema(pointing, target), schema(before)).changes());
    }

    @Test
    void filtersLeaveExcludedTablesAlone() {
        Table keep = table("app_users", column("id", integer()));
        Table other = table("audit_log", column("id", integer()));
        Table changed = table("app_users", column("id", bigint()));
        CompareOptions onlyApp = new CompareOptions(List.of("app_*"), List.of(), null);
        Diff d = diff("postgresql", schema(changed), schema(keep, other), onlyApp);
        assertEquals(List.of("~ column app_users.id type integer -> bigint"), d.changes());
        CompareOptions noAudit = new CompareOptions(List.of(), List.of("audit*"), null);
        assertEquals(List.of(), diff("postgresql", schema(keep, other), schema(keep), noAudit).changes());
        assertEquals(List.of(), diff("postgresql", schema(keep), schema(keep, other), noAudit).changes());
    }

    @Test
    void tablesOfAnotherSchemaAreNotCompared() {
        Table elsewhere = table("t", column("id", integer()), inSchema("billing"));
        Diff d = diff(schema(elsewhere), Schema.empty());
        assertTrue(d.isEmpty());
        assertEquals(1, d.notes().size());
        Diff there = diff("postgresql", schema(elsewhere), Schema.empty(), new CompareOptions(List.of(), List.of(), "billing"));
        assertEquals(List.of("+ table t"), there.changes());
        assertEquals("billing", ((CreateTable) there.upgrade().get(0)).table().schema());
    }

    @Test
    void retortsOwnTablesAreNeverDropped() {
        Table version = table("retort_version", column("version_num", varchar(32)).primaryKey());
        assertTrue(diff(Schema.empty(), schema(version)).isEmpty());
    }
}
