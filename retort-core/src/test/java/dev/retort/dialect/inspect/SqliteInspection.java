package dev.retort.dialect.inspect;

import static dev.retort.dialect.inspect.Inspected.run;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** SQLite's spelling of the inspection contract's cases; another schema is an attached database. */
final class SqliteInspection implements InspectionFixture {
    @Override
    public List<String> everyFeatureSql() {
        return List.of("""
                CREATE TABLE customers (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL CONSTRAINT uq_customers_email UNIQUE,
                    name TEXT,
                    plan VARCHAR(20) NOT NULL DEFAULT 'free',
                    credits INTEGER NOT NULL DEFAULT 0 CHECK (credits >= 0),
                    balance NUMERIC(10, 2) DEFAULT -1.50,
                    ratio REAL,
                    score DOUBLE PRECISION DEFAULT 0.5,
                    active BOOLEAN NOT NULL DEFAULT 1,
                    born DATE,
                    wakes TIME,
                    created_at TIMESTAMP DEFAULT current_timestamp,
                    seen_at DATETIME DEFAULT (datetime('now')),
                    token UUID UNIQUE,
                    prefs JSON,
                    avatar BLOB,
                    code CHAR(3),
                    note VARCHAR,
                    anything,
                    geo POINT,
                    literal_null TEXT DEFAULT 'NULL',
                    unset TEXT DEFAULT NULL,
                    CONSTRAINT "ck Plan" CHECK (plan IN ('free', 'pro'))
                )""",
                "CREATE INDEX ix_customers_name ON customers (name)",
                "CREATE UNIQUE INDEX ux_customers_code ON customers (code DESC)",
                "CREATE INDEX ix_customers_lower_email ON customers (lower(email), plan COLLATE NOCASE)",
                "CREATE INDEX \"ix Active Plans\" ON customers (plan, credits) WHERE active = 1 AND plan <> 'x'",
                """
                CREATE TABLE "Order Lines" (
                    "order" INTEGER NOT NULL,
                    [Line No] SMALLINT NOT NULL,
                    customer_id BIGINT CONSTRAINT fk_customer REFERENCES customers
                        ON DELETE SET NULL ON UPDATE CASCADE,
                    qty INTEGER DEFAULT 1 CONSTRAINT qty_positive CHECK (qty > 0),
                    parent_order INTEGER,
                    parent_line SMALLINT,
                    CONSTRAINT "Order Lines_pk" PRIMARY KEY ("order", "Line No"),
                    CONSTRAINT fk_parent FOREIGN KEY (parent_order, parent_line)
                        REFERENCES "Order Lines" ("order", "Line No") ON DELETE CASCADE ON UPDATE RESTRICT,
                    FOREIGN KEY (qty) REFERENCES customers (id),
                    CONSTRAINT "uq pair" UNIQUE ("order", qty)
                )""",
                "CREATE TABLE plain (id BIGINT PRIMARY KEY, `select` INT)",
                "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL)",
                "CREATE TABLE retort_history (id INTEGER)");
    }

    @Override
    public Schema everyFeature() {
        Table customers = Table.builder("customers")
                .column(Column.of("id", ColumnType.integer()).notNull().withAutoIncrement(true))
                .column(Column.of("email", ColumnType.varchar(255)).notNull())
                .column(Column.of("name", ColumnType.text()))
                .column(Column.of("plan", ColumnType.varchar(20)).notNull().withDefault("'free'"))
                .column(Column.of("credits", ColumnType.integer()).notNull().withDefault("0"))
                .column(Column.of("balance", ColumnType.numeric(10, 2)).withDefault("-1.50"))
                .column(Column.of("ratio", ColumnType.real()))
                .column(Column.of("score", ColumnType.doublePrecision()).withDefault("0.5"))
                .column(Column.of("active", ColumnType.bool()).notNull().withDefault("1"))
                .column(Column.of("born", ColumnType.date()))
                .column(Column.of("wakes", ColumnType.time(false)))
                .column(Column.of("created_at", ColumnType.timestamp(false)).withDefault("CURRENT_TIMESTAMP"))
                .column(Column.of("seen_at", ColumnType.timestamp(false)).withDefault("datetime('now')"))
                .column(Column.of("token", ColumnType.uuid()))
                .column(Column.of("prefs", ColumnType.json()))
                .column(Column.of("avatar", ColumnType.binary()))
                .column(Column.of("code", ColumnType.fixedChar(3)))
                .column(Column.of("note", new ColumnType(ColumnType.Kind.VARCHAR, null, null, null, false, null,
                        null, null)))
                .column(Column.of("anything", ColumnType.other("ANY")))
                .column(Column.of("geo", ColumnType.other("POINT")))
                .column(Column.of("literal_null", ColumnType.text()).withDefault("'NULL'"))
                .column(Column.of("unset", ColumnType.text()))
                .primaryKey(new PrimaryKey(null, List.of("id")))
                .unique(new UniqueConstraint("uq_customers_email", List.of("email")))
                .unique(new UniqueConstraint(null, List.of("token")))
                .index(new Index("ix Active Plans", List.of("plan", "credits"), List.of(), false,
                        "active = 1 AND plan <> 'x'"))
                .index(new Index("ix_customers_lower_email", List.of("plan"), List.of("lower(email)"), false,
                        null))
                .index(Index.on("ix_customers_name", "name"))
                .index(Index.uniqueOn("ux_customers_code", "code"))
                .check(new CheckConstraint("ck Plan", "plan IN ('free', 'pro')"))
                .check(new CheckConstraint(null, "credits >= 0"))
                .build();
        Table lines = Inspected.orderLines("Order Lines_pk", ReferentialAction.RESTRICT)
                .foreignKey(new ForeignKey(null, List.of("qty"), null, "customers", List.of("id"), null, null))
                .check(new CheckConstraint("qty_positive", "qty > 0"))
                .build();
        Table plain = Table.builder("plain")
                .column(Column.of("id", ColumnType.bigint()))
                .column(Column.of("select", ColumnType.integer()))
                .primaryKey(new PrimaryKey(null, List.of("id")))
                .build();
        return new Schema(List.of(lines, customers, plain));
    }

    @Override
    public List<String> ownTablesSql() {
        // AUTOINCREMENT makes SQLite keep sqlite_sequence, one of its own tables, which must not be read either.
        return List.of("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "CREATE TABLE b (id int)",
                "CREATE TABLE my_version (v text)", "CREATE TABLE retort_version (v text)",
                "CREATE TABLE retort_history (v text)", "INSERT INTO a DEFAULT VALUES");
    }

    @Override
    public String otherSchema(Connection c, TestDatabase there) throws SQLException {
        run(c, "ATTACH DATABASE '" + there.name() + "' AS other",
                "CREATE TABLE other.parents (id INTEGER PRIMARY KEY)",
                "CREATE TABLE other.kids (p INTEGER REFERENCES parents (id))");
        return "other";
    }

    @Override
    public ForeignKey crossSchemaKey(String schema) {
        return null;
    }

    // SQLite's driver runs only the first statement of a string: one statement each, in one transaction.
    @Override
    public void createManyTables(Connection c, int tables) throws SQLException {
        c.setAutoCommit(false);
        run(c, "CREATE TABLE t0 (id INTEGER PRIMARY KEY, name TEXT)");
        for (int i = 1; i < tables; i++) {
            run(c, "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, prev INTEGER REFERENCES t" + (i - 1)
                    + " (id), name VARCHAR(20) UNIQUE, CHECK (prev > 0))",
                    "CREATE INDEX ix_t" + i + " ON t" + i + " (name, prev)");
        }
        c.commit();
    }

    @Override
    public int inspectionQueries() {
        return 4;
    }
}
