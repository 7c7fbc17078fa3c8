package dev.retort.dialects;

import dev.retort.dialect.BaseDialect;
import dev.retort.dialect.Dialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectsTest {
    @TempDir
    Path dir;

    @Test
    void jdbcUrlsFindTheirDialect() {
        assertEquals(PostgresDialect.class, Dialects.forJdbcUrl("jdbc:postgresql://db:5432/app").getClass());
        assertEquals(MariaDbDialect.class, Dialects.forJdbcUrl("jdbc:mariadb://db/app").getClass());
        assertEquals(MariaDbDialect.class, Dialects.forJdbcUrl("jdbc:mysql://db/app").getClass());
        assertEquals(SqliteDialect.class, Dialects.forJdbcUrl("jdbc:sqlite:app.db").getClass());
        assertEquals(H2Dialect.class, Dialects.forJdbcUrl("JDBC:H2:mem:x").getClass());
    }

    @Test
    void anUnknownUrlIsUnsupportedAndTheMessageListsWhatIsSupportedWithoutThePassword() {
        RetortException e = assertThrows(RetortException.class,
                () -> Dialects.forJdbcUrl("jdbc:oracle:thin:scott/tiger@db:1521:orcl"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals("no database dialect for the URL jdbc:oracle:...; supported URLs start with jdbc:postgresql:, "
                + "jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:, jdbc:h2:", e.getMessage());
        assertFalse(e.getMessage().contains("tiger"));
    }

    @Test
    void namesFindTheirDialect() {
        assertEquals("postgresql", Dialects.forName("PostgreSQL").name());
        assertEquals(List.of("postgresql", "mariadb", "sqlite", "h2"), Dialects.all().stream().map(Dialect::name).toList());
        // Every shipped dialect is in the list the tests run over, so none escapes the contract suite.
        assertEquals(TestDatabases.DIALECTS, Dialects.all().stream().map(Dialect::name).toList());
        RetortException e = assertThrows(RetortException.class, () -> Dialects.forName("db2"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals("no database dialect named db2; known: postgresql, mariadb, sqlite, h2", e.getMessage());
    }

    @Test
    void capabilities() {
        assertTrue(Dialects.forName("postgresql").transactionalDdl());
        assertTrue(Dialects.forName("sqlite").transactionalDdl());
        assertFalse(Dialects.forName("mariadb").transactionalDdl());
        assertFalse(Dialects.forName("h2").transactionalDdl());
    }

    /** A dialect for another database, found through META-INF/services. */
    public static final class FirebirdDialect extends BaseDialect {
        public FirebirdDialect() {
            super("firebird", List.of("jdbc:firebirdsql:"), java.util.Set.of("ORDER"));
        }

        @Override
        protected Folding folding() {
            return Folding.UPPER;
        }

        @Override
        public boolean transactionalDdl() {
            return true;
        }
    }

    @Test
    void extraDialectsAreFoundThroughServiceLoader() throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(Dialect.class.getName()), FirebirdDialect.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            List<Dialect> all = Dialects.all(loader);
            assertEquals(List.of("postgresql", "mariadb", "sqlite", "h2", "firebird"),
                    all.stream().map(Dialect::name).toList());
            assertEquals("firebird", Dialects.forJdbcUrl("jdbc:firebirdsql://db/app", all).name());
            RetortException e = assertThrows(RetortException.class, () -> Dialects.forJdbcUrl("jdbc:db2://x", all));
            assertTrue(e.getMessage().endsWith("jdbc:h2:, jdbc:firebirdsql:"), e.getMessage());
        }
    }
}
