package dev.retort.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The version and history tables, described as {@link Table} values and rendered by the dialect: the DDL
 * each database gets (golden files), and the tables it then holds.
 */
class RetortTablesTest extends EachDialect {
    @Test
    void theDdlIsTheDialectsRenderingOfTheTables() throws Exception {
        Dialect d = Dialects.forName(dialect);
        String sql = new HistoryTable(d, null, null).createSql() + ";\n\n"
                + new VersionTable(d, null, null).createSql(true) + ";\n\n"
                + new VersionTable(d, "app", "alembic_version").createSql(false) + ";\n";
        OfflineWriterTest.assertGolden(dialect, "retort_tables.sql", sql);
    }

    @Test
    void theCreatedTablesHaveTheDeclaredColumnsKeysAndNullability() throws Exception {
        Dialect d = Dialects.forName(dialect);
        // Named apart from the defaults, which inspection always leaves out.
        HistoryTable history = new HistoryTable(d, null, "my_history");
        VersionTable version = new VersionTable(d, null, "my_version");
        try (TestDatabase db = database(); Connection c = db.connect()) {
            history.ensure(c);
            assertTrue(version.ensure(c));
            assertFalse(version.ensure(c), "created once");
            List<String> columns = new java.util.ArrayList<>(HistoryTable.COLUMNS);
            columns.add(HistoryTable.HASHES);
            assertEquals(columns, d.columnNames(c, null, "my_history"));
            assertEquals(List.of(VersionTable.COLUMN), d.columnNames(c, null, "my_version"));
            for (Table declared : List.of(history.definition(), version.definition())) {
                Table read = d.inspector().inspect(c, null).table(declared.name()).orElseThrow();
                assertEquals(declared.primaryKey().columns(), read.primaryKey().columns(), declared.name());
                assertEquals(declared.columns().stream().map(Column::nullable).toList(),
                        read.columns().stream().map(Column::nullable).toList(), declared.name() + " nullability");
            }
        }
    }
}
