package dev.retort.dialect.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Shared steps of the inspector tests. */
final class Inspected {
    private Inspected() {
    }

    /** Table by table first, for a readable failure, then the whole value. */
    static void assertSchema(Schema expected, Schema actual) {
        assertEquals(names(expected), names(actual), "tables");
        for (int i = 0; i < expected.tables().size(); i++) {
            Table e = expected.tables().get(i);
            Table a = actual.tables().get(i);
            for (int c = 0; c < Math.min(e.columns().size(), a.columns().size()); c++) {
                assertEquals(e.columns().get(c), a.columns().get(c), e.name() + " column " + c);
            }
            assertEquals(e.columns(), a.columns(), e.name() + " columns");
            assertEquals(e.primaryKey(), a.primaryKey(), e.name() + " primary key");
            assertEquals(e.uniques(), a.uniques(), e.name() + " uniques");
            assertEquals(e.indexes(), a.indexes(), e.name() + " indexes");
            assertEquals(e.foreignKeys(), a.foreignKeys(), e.name() + " foreign keys");
            assertEquals(e.checks(), a.checks(), e.name() + " checks");
            assertEquals(e, a, e.name());
        }
        assertEquals(expected, actual);
    }

    /**
     * The {@code "Order Lines"} table every inspection fixture creates, as far as the databases agree: its
     * columns, primary key, {@code uq pair}, {@code fk_customer} and the self-reference {@code fk_parent}.
     *
     * @param parentOnUpdate {@code fk_parent}'s ON UPDATE as the database reports it
     */
    static Table.Builder orderLines(String primaryKey, ReferentialAction parentOnUpdate) {
        return Table.builder("Order Lines")
                .column(Column.of("order", ColumnType.integer()).notNull())
                .column(Column.of("Line No", ColumnType.smallint()).notNull())
                .column(Column.of("customer_id", ColumnType.bigint()))
                .column(Column.of("qty", ColumnType.integer()).withDefault("1"))
                .column(Column.of("parent_order", ColumnType.integer()))
                .column(Column.of("parent_line", ColumnType.smallint()))
                .primaryKey(new PrimaryKey(primaryKey, List.of("order", "Line No")))
                .unique(new UniqueConstraint("uq pair", List.of("order", "qty")))
                .foreignKey(new ForeignKey("fk_customer", List.of("customer_id"), null, "customers", List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE))
                .foreignKey(new ForeignKey("fk_parent", List.of("parent_order", "parent_line"), null,
                        "Order Lines", List.of("order", "Line No"), ReferentialAction.CASCADE, parentOnUpdate));
    }

    /** The schema's table names, in order. */
    static List<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
