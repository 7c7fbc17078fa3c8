package dev.retort.dialect.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
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
