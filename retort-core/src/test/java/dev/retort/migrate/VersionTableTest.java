package dev.retort.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.render.SqlTextSink;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VersionTableTest {
    // Alembic's own DDL for its version table, as it emits it (alembic/runtime/migration.py).
    static final String ALEMBIC_DDL = "CREATE TABLE alembic_version (\n"
            + "\tversion_num VARCHAR(32) NOT NULL, \n"
            + "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void aMissingTableReadsAsBaseAndEnsureCreatesItInAlembicsShape(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        VersionTable table = VersionTable.of(dialect);
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            assertFalse(table.exists(c));
            assertEquals(Set.of(), table.read(c));
            assertFalse(table.exists(c), "reading must not create the table");
            assertTrue(table.ensure(c));
            assertFalse(table.ensure(c));
            assertTrue(table.exists(c));

            DatabaseMetaData meta = c.getMetaData();
            var scope = dialect.catalogScope(c, null);
            try (ResultSet rs = meta.getColumns(scope.catalog(), scope.schema(), "retort_version", null)) {
                assertTrue(rs.next());
                assertEquals("version_num", rs.getString("COLUMN_NAME"));
                assertEquals(Types.VARCHAR, rs.getInt("DATA_TYPE"));
                assertEquals(32, rs.getInt("COLUMN_SIZE"));
                assertEquals(DatabaseMetaData.columnNoNulls, rs.getInt("NULLABLE"));
                assertFalse(rs.next());
            }
            try (ResultSet rs = meta.getPrimaryKeys(scope.catalog(), scope.schema(), "retort_version")) {
                assertTrue(rs.next());
                assertEquals("version_num", rs.getString("COLUMN_NAME"));
                if (!dialectName.equals("mariadb")) { // MariaDB names every primary key PRIMARY
                    assertEquals("retort_version_pkc", rs.getString("PK_NAME"));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void rowChangesUpdateOneRowOrDeleteAndInsert(String dialectName) throws Exception {
        VersionTable table = VersionTable.of(Dialects.forName(dialectName));
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            table.ensure(c);
            table.apply(c, List.of(), List.of("a1"));
            assertEquals(Set.of("a1"), table.read(c));
            table.apply(c, List.of("a1"), List.of("b1", "b2"));
            assertEquals(List.of("b1", "b2"), List.copyOf(table.read(c)));
            table.apply(c, List.of("b1", "b2"), List.of("c"));
            table.apply(c, List.of("c"), List.of("d"));
            assertEquals(Set.of("d"), table.read(c));

            RetortException e = assertThrows(RetortException.class, () -> table.apply(c, List.of("x"), List.of("y")));
            assertEquals(ErrorCode.VERSION_TABLE, e.code());
            assertTrue(e.getMessage().startsWith("version table changed under us: expected one row 'x' in "
                    + table.qualifiedName() + " to change, found 0"), e.getMessage());
            assertEquals(ErrorCode.VERSION_TABLE,
                    assertThrows(RetortException.class, () -> table.apply(c, List.of("x", "d"), List.of())).code());
            table.apply(c, List.of("d"), List.of());
            assertEquals(Set.of(), table.read(c));
        }
    }

    @Test
    void rowChangeSqlOfflineUsesLiterals() {
        VersionTable table = new VersionTable(Dialects.forName("postgresql"), null, "alembic_version");
        StringBuilder out = new StringBuilder();
        SqlTextSink sink = new SqlTextSink(Dialects.forName("postgresql"), out);
        table.write(List.of("a"), List.of("b"), sink);
        table.write(List.of("b", "c"), List.of("d"), sink);
        table.write(List.of(), List.of("e"), sink);
        assertEquals("UPDATE alembic_version SET version_num='b' WHERE version_num='a';\n"
                + "DELETE FROM alembic_version WHERE version_num='b';\n"
                + "DELETE FROM alembic_version WHERE version_num='c';\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('d');\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('e');\n", out.toString());
    }

    /** The databases Alembic migrates: SQLAlchemy has no H2 dialect (and H2 folds ALEMBIC_DDL's bare names). */
    static Stream<String> alembicDatabases() {
        return TestDatabases.dialects().filter(d -> !d.equals("h2"));
    }

    @ParameterizedTest
    @MethodSource("alembicDatabases")
    void anAlembicVersionTableIsReadAndMovedOn(String dialectName) throws Exception {
        VersionTable table = new VersionTable(Dialects.forName(dialectName), null, "alembic_version");
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute(ALEMBIC_DDL);
            s.execute("INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf')");
            assertTrue(table.exists(c));
            assertFalse(table.ensure(c));
            assertEquals(Set.of("ae1027a6acf"), table.read(c));
            table.apply(c, List.of("ae1027a6acf"), List.of("27c6a30d7c24"));
            assertEquals(Set.of("27c6a30d7c24"), table.read(c));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void aTableWithoutVersionNumIsNotAVersionTable(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        VersionTable table = new VersionTable(dialect, null, "versions");
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + dialect.quote("versions") + " (" + dialect.quote("VERSION") + " VARCHAR(32))");
            RetortException e = assertThrows(RetortException.class, () -> table.read(c));
            assertEquals(ErrorCode.VERSION_TABLE, e.code());
            assertEquals("table " + dialect.quote("versions") + " is not a version table: it has no version_num column (its columns: VERSION); "
                    + "set version_table to the name of Retort's or Alembic's version table", e.getMessage());
        }
    }

    @Test
    void aTableInAnotherSchema() throws Exception {
        Dialect pg = Dialects.forName("postgresql");
        try (TestDatabase db = TestDatabases.of("postgresql", dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            String other = db.name() + "_Other";
            s.execute("CREATE SCHEMA " + pg.quote(other));
            try {
                VersionTable table = new VersionTable(pg, other, "Versions");
                assertEquals(pg.quote(other) + ".\"Versions\"", table.qualifiedName());
                table.ensure(c);
                table.apply(c, List.of(), List.of("a"));
                assertEquals(Set.of("a"), table.read(c));
                assertFalse(VersionTable.of(pg).exists(c));
                assertEquals(Set.of(), new VersionTable(pg, null, "Versions").read(c));
            } finally {
                s.execute("DROP SCHEMA " + pg.quote(other) + " CASCADE");
            }
        }
    }
}
