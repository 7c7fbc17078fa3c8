package dev.retort.render;

import dev.retort.op.Execute;
import dev.retort.op.Operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultOpTest {
    @TempDir
    Path dir;

    @Test
    void callsBecomeOperationsForTheSink() {
        List<Operation> seen = new ArrayList<>();
        DefaultOp op = new DefaultOp(seen::add, Dialects.forName("sqlite"), Map.of("tenant", "acme"), null);
        op.execute("DELETE FROM t");
        op.execute("DELETE FROM t WHERE a = ? OR a = ?", "x", null);
        assertEquals(List.of(Execute.of("DELETE FROM t"), new Execute("DELETE FROM t WHERE a = ? OR a = ?",
                Arrays.asList("x", null))), seen);
        assertEquals(Map.of("tenant", "acme"), op.arguments());
        assertEquals("sqlite", op.dialect());
    }

    @Test
    void offlineThereIsNoConnection() {
        StringBuilder out = new StringBuilder();
        DefaultOp op = DefaultOp.offline(Dialects.forName("postgresql"), out, Map.of());
        assertTrue(op.offline());
        RetortException e = assertThrows(RetortException.class, op::connection);
        assertEquals(ErrorCode.OFFLINE_UNSUPPORTED, e.code());
        assertEquals("op.connection() is not available in --sql mode; use op.execute", e.getMessage());
        op.execute("INSERT INTO t VALUES (?)", "o'neil");
        assertEquals("INSERT INTO t VALUES ('o''neil');\n", out.toString());
    }

    @Test
    void anEmptyStatementIsRefused() {
        DefaultOp op = new DefaultOp(o -> { }, Dialects.forName("h2"), Map.of(), null);
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> op.execute(" ")).code());
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void onlineStatementsRunWithAndWithoutParameters(String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            DefaultOp op = DefaultOp.online(c, dialect, Map.of());
            assertFalse(op.offline());
            assertSame(c, op.connection());
            op.execute("CREATE TABLE people (name VARCHAR(40), age INTEGER)");
            op.execute("INSERT INTO people (name, age) VALUES (?, ?)", "o'neil", 42);
            op.execute("INSERT INTO people (name, age) VALUES (?, ?)", "nobody", null);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, age FROM people ORDER BY name")) {
                rs.next();
                assertEquals("nobody", rs.getString(1));
                assertNull(rs.getObject(2));
                rs.next();
                assertEquals("o'neil", rs.getString(1));
                assertEquals(42, rs.getInt(2));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void aRefusedStatementCarriesItsSqlAndTheDatabasesMessage(String dialectName) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect()) {
            DefaultOp op = DefaultOp.online(c, Dialects.forName(dialectName), Map.of());
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> op.execute("INSERT INTO no_such_table VALUES (?)", 1));
            assertEquals("INSERT INTO no_such_table VALUES (?)", e.sql());
            assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
            assertTrue(e.getMessage().toLowerCase().contains("no_such_table"), e.getMessage());
            assertEquals(e.getCause().getMessage().strip().replaceAll("\\s*\\R\\s*", " "), e.getMessage(),
                    "the database's own message, on one line");
        }
    }
}
