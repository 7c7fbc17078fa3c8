package dev.retort.dialect.inspect;

import static dev.retort.dialect.inspect.Inspected.run;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
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

/** MariaDB's spelling of the inspection contract's cases. */
final class MariaDbInspection implements InspectionFixture {
    @Override
    public List<String> everyFeatureSql() {
        return List.of("""
                CREATE TABLE customers (
                    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    email varchar(255) NOT NULL COMMENT 'where receipts go',
                    name text,
                    plan varchar(20) NOT NULL DEFAULT 'free',
                    credits int NOT NULL DEFAULT 0,
                    balance decimal(10, 2) DEFAULT -1.50,
                    ratio float,
                    score double DEFAULT 0.5,
                    active boolean NOT NULL DEFAULT TRUE,
                    born date DEFAULT '2000-01-01',
                    wakes time,
                    created_at datetime DEFAULT CURRENT_TIMESTAMP,
                    seen_at timestamp NULL DEFAULT now(),
                    token uuid,
                    prefs json,
                    avatar blob,
                    thumb varbinary(64),
                    code char(3),
                    mood enum('sad', 'ok', 'it''s fine') DEFAULT 'ok',
                    small smallint DEFAULT -7,
                    counter int unsigned,
                    body longtext,
                    literal_null varchar(4) DEFAULT 'NULL',
                    features set('Trailers', 'Deleted Scenes'),
                    changed_at datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                    CONSTRAINT uq_customers_email UNIQUE (email),
                    CONSTRAINT ck_credits CHECK (credits >= 0)
                ) COMMENT 'people who pay'""",
                "CREATE INDEX ix_customers_plan ON customers (plan, credits)",
                "CREATE UNIQUE INDEX ux_customers_token ON customers (token)",
                "CREATE FULLTEXT INDEX ft_customers_name ON customers (name, body)",
                """
                CREATE TABLE `Order Lines` (
                    `order` int NOT NULL,
                    `Line No` smallint NOT NULL,
                    customer_id bigint,
                    qty int DEFAULT 1 CHECK (qty > 0),
                    parent_order int,
                    parent_line smallint,
                    CONSTRAINT pk_lines PRIMARY KEY (`order`, `Line No`),
                    CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
                        ON DELETE SET NULL ON UPDATE CASCADE,
                    CONSTRAINT fk_parent FOREIGN KEY (parent_order, parent_line)
                        REFERENCES `Order Lines` (`order`, `Line No`) ON DELETE CASCADE ON UPDATE RESTRICT,
                    CONSTRAINT `uq pair` UNIQUE (`order`, qty),
                    INDEX `ix Parent` (parent_line, parent_order)
                )""",
                "CREATE TABLE retort_version (version_num varchar(32) NOT NULL)",
                "CREATE TABLE retort_history (id int)");
    }

    @Override
    public Schema everyFeature() {
        Table customers = Table.builder("customers")
                .column(Column.of("id", ColumnType.bigint()).notNull().withAutoIncrement(true))
                .column(Column.of("email", ColumnType.varchar(255)).notNull().withComment("where receipts go"))
                .column(Column.of("name", ColumnType.text()))
                .column(Column.of("plan", ColumnType.varchar(20)).notNull().withDefault("'free'"))
                .column(Column.of("credits", ColumnType.integer()).notNull().withDefault("0"))
                .column(Column.of("balance", ColumnType.numeric(10, 2)).withDefault("-1.50"))
                .column(Column.of("ratio", ColumnType.real()))
                .column(Column.of("score", ColumnType.doublePrecision()).withDefault("0.5"))
                .column(Column.of("active", ColumnType.bool()).notNull().withDefault("1"))
                .column(Column.of("born", ColumnType.date()).withDefault("'2000-01-01'"))
                .column(Column.of("wakes", ColumnType.time(false)))
                .column(Column.of("created_at", ColumnType.timestamp(false)).withDefault("CURRENT_TIMESTAMP"))
                .column(Column.of("seen_at", ColumnType.timestamp(true)).withDefault("CURRENT_TIMESTAMP"))
                .column(Column.of("token", ColumnType.uuid()))
                .column(Column.of("prefs", ColumnType.json()))
                .column(Column.of("avatar", ColumnType.binary()))
                .column(Column.of("thumb", new ColumnType(ColumnType.Kind.BINARY, 64, null, null, false, null, null,
                        null)))
                .column(Column.of("code", ColumnType.fixedChar(3)))
                .column(Column.of("mood", new ColumnType(ColumnType.Kind.ENUM, null, null, null, false, null,
                        List.of("sad", "ok", "it's fine"), null)).withDefault("'ok'"))
                .column(Column.of("small", ColumnType.smallint()).withDefault("-7"))
                .column(Column.of("counter", ColumnType.other("int unsigned")))
                .column(Column.of("body", ColumnType.text()))
                .column(Column.of("literal_null", ColumnType.varchar(4)).withDefault("'NULL'"))
                .column(Column.of("features", ColumnType.other("set('Trailers','Deleted Scenes')")))
                .column(Column.of("changed_at", ColumnType.timestamp(false)).notNull().withDefault("CURRENT_TIMESTAMP")
                        .withOnUpdate("CURRENT_TIMESTAMP"))
                .primaryKey(new PrimaryKey(null, List.of("id")))
                .unique(new UniqueConstraint("uq_customers_email", List.of("email")))
                .unique(new UniqueConstraint("ux_customers_token", List.of("token")))
                .index(new Index("ft_customers_name", List.of("name", "body"), List.of(), false, null, "fulltext"))
                .index(Index.on("ix_customers_plan", "plan", "credits"))
                .check(new CheckConstraint("ck_credits", "`credits` >= 0"))
                .comment("people who pay")
                .build();
        Table lines = Inspected.orderLines(null, ReferentialAction.NO_ACTION)
                .index(Index.on("ix Parent", "parent_line", "parent_order"))
                .check(new CheckConstraint("qty", "`qty` > 0"))
                .build();
        return new Schema(List.of(lines, customers));
    }

    @Override
    public List<String> ownTablesSql() {
        return List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "CREATE TABLE my_version (v text)",
                "CREATE TABLE retort_version (v text)", "CREATE TABLE retort_history (v text)");
    }

    @Override
    public String otherSchema(Connection c, TestDatabase there) throws SQLException {
        run(c, "CREATE TABLE " + there.name() + ".parents (id int PRIMARY KEY)",
                "CREATE TABLE " + there.name() + ".kids (id int, CONSTRAINT fk_k FOREIGN KEY (id) REFERENCES "
                        + there.name() + ".parents (id))",
                "CREATE TABLE local_kids (p int, CONSTRAINT fk_p FOREIGN KEY (p) REFERENCES " + there.name()
                        + ".parents (id))");
        return there.name();
    }

    @Override
    public void leaveOtherSchema(Connection c) throws SQLException {
        run(c, "DROP TABLE local_kids");
    }

    @Override
    public void createManyTables(Connection c, int tables) throws SQLException {
        run(c, "CREATE TABLE t0 (id int PRIMARY KEY, name text)");
        for (int i = 1; i < tables; i++) {
            run(c, "CREATE TABLE t" + i + " (id int PRIMARY KEY, prev int REFERENCES t" + (i - 1)
                    + " (id), name varchar(20) UNIQUE, CHECK (prev > 0), INDEX ix_t" + i + " (name, prev),"
                    + " other int, CONSTRAINT fk_t" + i + " FOREIGN KEY (other) REFERENCES t0 (id))");
        }
    }

    @Override
    public int inspectionQueries() {
        return 6; // the five of tables and one listing sequences (then one per sequence: none here)
    }
}
