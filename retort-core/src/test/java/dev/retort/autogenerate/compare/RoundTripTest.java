package dev.retort.autogenerate.compare;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.render.JdbcSink;
import dev.retort.op.Operation;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when", on each real database: models to an empty database and back to no difference;
 * then changed models (a column added, an index dropped, types changed, a table with a foreign key added)
 * to no difference; then the downgrade, which must restore the reflected schema exactly, and the first
 * downgrade, which must leave the database empty.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    // A check is SQL as written for the database: H2 folds a bare name to upper case.
    static Schema v1(Dialect d) {
        return schema(
                table("plans",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("name", varchar(50)).notNull().unique(),
                        column("monthly_tokens", integer()).notNull().serverDefault("2000"),
                        column("price", numeric(10, 2)).notNull().serverDefault("0"),
                        column("active", bool()).notNull().serverDefault("true"),
                        column("kind", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
                        check("positive_tokens", d.quote("monthly_tokens") + " > 0"),
                        comment("what customers pay for")),
                table("users",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("email", varchar(255)).notNull().comment("where receipts go"),
                        column("display_name", text()),
                        column("code", fixedChar(3)),
                        column("small", smallint()),
                        column("ratio", real()),
                        column("score", doublePrecision()),
                        column("born", date()),
                        column("wakes", time()),
                        column("created", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP"),
                        column("seen", timestampWithTimeZone()),
                        column("external_id", uuid()),
                        column("settings", json()),
                        column("avatar", binary()),
                        column("plan_id", bigint()).references("plans", "id").onDelete(SET_NULL),
                        column("phone", varchar(20)),
                        column("city", varchar(40)),
                        uniqueOn("email"),
                        index("ix_users_phone", "phone"),
                        indexOn("city", "phone")),
                table("follows",
                        column("follower_id", bigint()).notNull(),
                        column("followed_id", bigint()).notNull(),
                        primaryKey("follower_id", "followed_id"),
                        foreignKey("follower_id").references("users", "id").onDelete(CASCADE),
                        foreignKey("followed_id").references("users", "id").onDelete(CASCADE).onUpdate(CASCADE)));
    }

    static Schema v2(Dialect d) {
        return schema(
                table("plans",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("name", varchar(50)).notNull().unique(),
                        column("monthly_tokens", integer()).notNull().serverDefault("2000"),
                        column("price", numeric(10, 2)).notNull().serverDefault("0"),
                        column("active", bool()).notNull().serverDefault("true"),
                        column("kind", enumOf("plan_kind", "free", "pro")).notNull().serverDefault("'free'"),
                        check("positive_tokens", d.quote("monthly_tokens") + " > 0"),
                        comment("what customers pay for")),
                table("users",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("email", varchar(255)).notNull().comment("where receipts go"),
                        column("display_name", text()),
                        column("code", fixedChar(3)),
                        column("small", integer()),
                        column("ratio", real()),
                        column("score", doublePrecision()),
                        column("born", date()),
                        column("wakes", time()),
                        column("created", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP"),
                        column("seen", timestampWithTimeZone()),
                        column("external_id", uuid()),
                        column("settings", json()),
                        column("avatar", binary()),
                        column("plan_id", bigint()).references("plans", "id").onDelete(SET_NULL),
                        column("phone", varchar(20)),
                        column("city", varchar(80)),
                        column("nickname", varchar(30)),
                        uniqueOn("email"),
                        indexOn("city", "phone")),
                table("follows",
                        column("follower_id", bigint()).notNull(),
                        column("followed_id", bigint()).notNull(),
                        primaryKey("follower_id", "followed_id"),
                        foreignKey("follower_id").references("users", "id").onDelete(CASCADE),
                        foreignKey("followed_id").references("users", "id").onDelete(CASCADE).onUpdate(CASCADE)),
                table("orders",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("user_id", bigint()).notNull().references("users", "id").onDelete(CASCADE),
                        column("total", numeric(12, 2)).notNull(),
                        column("placed", timestampWithTimeZone()),
                        indexOn("placed")));
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void modelsToDatabaseAndBack(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            CompareOptions all = CompareOptions.all();

            Diff first = comparator.compare(v1(dialect), inspect(dialect, c), all);
            assertEquals(List.of("+ table plans", "+ table users", "+ table follows"), first.changes());
            apply(c, dialect, first.upgrade());
            Schema reflectedV1 = inspect(dialect, c);
            Diff none = comparator.compare(v1(dialect), reflectedV1, all);
            assertEquals(List.of(), none.changes(), "v1 applied");
            assertEquals(List.of(), none.notes(), "nothing to note: checks, generated keys compare equal");

            Diff second = comparator.compare(v2(dialect), reflectedV1, all);
            assertEquals(List.of(
                    "- index ix_users_phone on users (phone)",
                    "+ column users.nickname",
                    "~ column users.small type smallint -> integer",
                    "~ column users.city type varchar(40) -> varchar(80)",
                    "+ table orders"), second.changes(), second.toString());
            apply(c, dialect, second.upgrade());
            assertEquals(List.of(), comparator.compare(v2(dialect), inspect(dialect, c), all).changes(), "v2 applied");

            apply(c, dialect, second.downgrade());
            assertSchema(reflectedV1, inspect(dialect, c), "v2's downgrade restores v1");
            apply(c, dialect, first.downgrade());
            assertEquals(Schema.empty(), inspect(dialect, c), "v1's downgrade leaves nothing");
        }
    }

    static Stream<String> unboundedVarchar() {
        return TestDatabases.dialects().filter(d -> !d.equals("mariadb"));
    }

    /** MariaDB generates values only in a key, SQLite only in its rowid alias. */
    static Stream<String> autoIncrementOutsideTheKey() {
        return TestDatabases.dialects().filter(d -> !d.equals("mariadb") && !d.equals("sqlite"));
    }

    /** Types without a size, where the database can declare them (MariaDB has no VARCHAR without a length). */
    @ParameterizedTest
    @MethodSource("unboundedVarchar")
    void unboundedTypes(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Schema models = schema(table("notes",
                column("id", integer()).primaryKey(),
                column("body", text()),
                column("title", new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null, null, null)),
                column("amount", numeric()),
                column("blob", binary())));
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            apply(c, dialect, comparator.compare(models, inspect(dialect, c), CompareOptions.all()).upgrade());
            assertEquals(List.of(), comparator.compare(models, inspect(dialect, c), CompareOptions.all()).changes());
        }
    }

    /** An auto-increment column outside the primary key is NOT NULL, as identity columns are: no endless diff. */
    @ParameterizedTest
    @MethodSource("autoIncrementOutsideTheKey")
    void autoIncrementOutsideThePrimaryKeySettles(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Schema models = schema(table("odd",
                column("id", integer()).primaryKey(),
                column("big", bigint()).autoIncrement()));
        assertEquals(false, models.tables().get(0).column("big").orElseThrow().nullable());
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            apply(c, dialect, comparator.compare(models, inspect(dialect, c), CompareOptions.all()).upgrade());
            assertEquals(List.of(), comparator.compare(models, inspect(dialect, c), CompareOptions.all()).changes());
        }
    }

    /** Keys, checks, defaults, nullability and comments changed on existing tables, then changed back. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void partsOfExistingTablesChangeAndComeBack(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        Schema before = schema(
                table("teams", column("id", integer()).primaryKey(), column("code", varchar(10)).notNull(),
                        comment("squads")),
                table("players",
                        column("id", integer()).primaryKey(),
                        column("team_id", integer()).references("teams", "id"),
                        column("score", integer()).serverDefault("0"),
                        column("nick", varchar(20)).notNull().comment("shown"),
                        check("positive", dialect.quote("score") + " >= 0")));
        Schema after = schema(
                table("teams", column("id", integer()).primaryKey(), column("code", varchar(10)).notNull().unique()),
                table("players",
                        column("id", integer()).primaryKey(),
                        column("team_id", integer()),
                        column("score", integer()).serverDefault("10"),
                        column("nick", varchar(20)).comment("shown to all"),
                        indexOn("score")));
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            CompareOptions all = CompareOptions.all();
            apply(c, dialect, comparator.compare(before, inspect(dialect, c), all).upgrade());
            Schema reflected = inspect(dialect, c);
            Diff change = comparator.compare(after, reflected, all);
            apply(c, dialect, change.upgrade());
            assertEquals(List.of(), comparator.compare(after, inspect(dialect, c), all).changes(), "changed");
            apply(c, dialect, change.downgrade());
            assertSchema(reflected, inspect(dialect, c), "changed back");
        }
    }

    /** Two tables that reference each other, and v1: all dropped as tables only in the database, then restored. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void tablesOnlyInTheDatabaseAreDroppedAndComeBack(String name) throws Exception {
        Dialect dialect = Dialects.forName(name);
        List<Table> tables = new ArrayList<>(v1(dialect).tables());
        tables.add(table("teams",
                column("id", integer()).primaryKey(),
                column("captain_id", integer()).references("players", "id")));
        tables.add(table("players",
                column("id", integer()).primaryKey(),
                column("team_id", integer()).notNull().references("teams", "id").onDelete(CASCADE)));
        Schema models = schema(tables);
        try (TestDatabase db = TestDatabases.of(name, dir); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SchemaComparator comparator = new SchemaComparator(dialect);
            CompareOptions all = CompareOptions.all();
            Diff create = comparator.compare(models, inspect(dialect, c), all);
            apply(c, dialect, create.upgrade());
            Schema reflected = inspect(dialect, c);
            assertEquals(List.of(), comparator.compare(models, reflected, all).changes(), "created");

            Diff drop = comparator.compare(Schema.empty(), reflected, all);
            assertEquals(List.of("- foreign key fk_players_team_id_teams on players (team_id) -> teams (id)",
                    "- table teams", "- table players", "- table follows", "- table users", "- table plans"),
                    drop.changes());
            apply(c, dialect, drop.upgrade());
            assertEquals(Schema.empty(), inspect(dialect, c), "dropped");
            apply(c, dialect, drop.downgrade());
            assertSchema(reflected, inspect(dialect, c), "the drop's downgrade restores every table");
        }
    }

    /** Table by table, part by part first, for a readable failure; then the whole value. */
    static void assertSchema(Schema expected, Schema actual, String message) {
        assertEquals(expected.tables().stream().map(Table::name).toList(),
                actual.tables().stream().map(Table::name).toList(), message + ": tables");
        for (int i = 0; i < expected.tables().size(); i++) {
            Table e = expected.tables().get(i);
            Table a = actual.tables().get(i);
            for (int k = 0; k < Math.min(e.columns().size(), a.columns().size()); k++) {
                assertEquals(e.columns().get(k), a.columns().get(k), message + ": " + e.name() + " column " + k);
            }
            assertEquals(e.columns(), a.columns(), message + ": " + e.name() + " columns");
            assertEquals(e.primaryKey(), a.primaryKey(), message + ": " + e.name() + " primary key");
            assertEquals(e.uniques(), a.uniques(), message + ": " + e.name() + " uniques");
            assertEquals(e.indexes(), a.indexes(), message + ": " + e.name() + " indexes");
            assertEquals(e.foreignKeys(), a.foreignKeys(), message + ": " + e.name() + " foreign keys");
            assertEquals(e.checks(), a.checks(), message + ": " + e.name() + " checks");
        }
        assertEquals(expected, actual, message);
    }

    static Schema inspect(Dialect dialect, Connection c) throws Exception {
        return dialect.inspector().inspect(c, null);
    }

    static void apply(Connection c, Dialect dialect, List<Operation> operations) throws Exception {
        JdbcSink sink = new JdbcSink(c, dialect);
        operations.forEach(sink::accept);
        c.commit();
    }
}
