package dev.retort.migrate;

import static dev.retort.migrate.Plans.down;
import static dev.retort.migrate.Plans.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.revision.Plan;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL of {@code upgrade --sql} per dialect, compared with the files under
 * {@code src/test/resources/migrate/offline/}. Run with {@code -Dretort.golden.update=true} to rewrite
 * them, then read the diff.
 */
class OfflineWriterTest {
    static final Path GOLDEN = Path.of("src/test/resources/migrate/offline");

    @TempDir
    Path dir;

    private final List<List<String>> loadCalls = new ArrayList<>();

    /** Creates and fills a table with parameters: the kind of script whose values become literals offline. */
    static final class AddAccounts implements Migration {
        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50), opened DATE, active BOOLEAN)");
            op.execute("INSERT INTO account (id, name, opened, active) VALUES (?, ?, ?, ?)",
                    1, "O'Neil \\ Co", LocalDate.of(2024, 1, 31), true);
            op.execute("INSERT INTO account (id, name, opened, active) VALUES (?, ?, ?, ?)", 2, "ünïcødé", null, false);
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DROP TABLE account");
        }
    }

    private final Map<String, LoadedMigration> scripts = Map.of(
            "1a2b3c4d5e6f", new LoadedMigration(SqlMigration.of("CREATE TABLE app_user (id INTEGER PRIMARY KEY)",
                    "DROP TABLE app_user"), "create user table", true),
            "2b3c4d5e6f70", new LoadedMigration(new AddAccounts(), "add accounts\n\nWith two starting rows.", true),
            "3c4d5e6f7081", new LoadedMigration(SqlMigration.of("CREATE TABLE audit_log (id INTEGER);",
                    "DROP TABLE audit_log"), "audit log, outside a transaction", false),
            "4d5e6f708192", new LoadedMigration(SqlMigration.of("ALTER TABLE account ADD COLUMN note VARCHAR(20)",
                    "ALTER TABLE account DROP COLUMN note"), null, true),
            "5e6f708192a3", new LoadedMigration(SqlMigration.of("SELECT 1", "SELECT 2"), "merge heads", true));

    private final MigrationSource source = revisions -> {
        loadCalls.add(revisions.stream().map(r -> r.id()).toList());
        return scripts;
    };

    private String write(String dialectName, Plan plan) {
        Dialect dialect = Dialects.forName(dialectName);
        StringBuilder out = new StringBuilder();
        new OfflineWriter(dialect, VersionTable.of(dialect), source, Map.of()).write(plan, out);
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void upgradeFromBase(String dialect) throws IOException {
        Plan plan = Plans.upgrade(Set.of(), Set.of("3c4d5e6f7081"), up("1a2b3c4d5e6f"),
                up("2b3c4d5e6f70", "1a2b3c4d5e6f"), up("3c4d5e6f7081", "2b3c4d5e6f70"));
        assertGolden(dialect, "upgrade_from_base.sql", write(dialect, plan));
        assertEquals(List.of(List.of("1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081")), loadCalls);
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void downgradeToBase(String dialect) throws IOException {
        Plan plan = Plans.downgrade(Set.of("3c4d5e6f7081"), Set.of(), down("3c4d5e6f7081", "2b3c4d5e6f70"),
                down("2b3c4d5e6f70", "1a2b3c4d5e6f"), down("1a2b3c4d5e6f"));
        assertGolden(dialect, "downgrade_to_base.sql", write(dialect, plan));
    }

    @Test
    void branchesAndMergeFromARevision() throws IOException {
        Plan plan = Plans.upgrade(Set.of("3c4d5e6f7081"), Set.of("5e6f708192a3"),
                up("4d5e6f708192", "2b3c4d5e6f70"),
                up("5e6f708192a3", "3c4d5e6f7081", "4d5e6f708192"));
        String sql = write("postgresql", plan);
        assertTrue(!sql.contains("CREATE TABLE IF NOT EXISTS retort_version"), "not from base: no version table DDL");
        assertGolden("postgresql", "merge.sql", sql);
    }

    /** The script a DBA is handed must run: executed statement by statement, it reaches the same rows. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void theWrittenScriptRunsOnTheDatabase(String dialect) throws Exception {
        Plan upgrade = Plans.upgrade(Set.of(), Set.of("3c4d5e6f7081"), up("1a2b3c4d5e6f"),
                up("2b3c4d5e6f70", "1a2b3c4d5e6f"), up("3c4d5e6f7081", "2b3c4d5e6f70"));
        Plan downgrade = Plans.downgrade(Set.of("3c4d5e6f7081"), Set.of(), down("3c4d5e6f7081", "2b3c4d5e6f70"),
                down("2b3c4d5e6f70", "1a2b3c4d5e6f"), down("1a2b3c4d5e6f"));
        VersionTable table = VersionTable.of(Dialects.forName(dialect));
        try (TestDatabase db = TestDatabases.of(dialect, dir); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : statements(write(dialect, upgrade))) {
                s.execute(statement);
            }
            assertEquals(Set.of("3c4d5e6f7081"), table.read(c));
            try (ResultSet rs = s.executeQuery("SELECT name FROM account WHERE id = 1")) {
                rs.next();
                assertEquals("O'Neil \\ Co", rs.getString(1));
            }
            for (String statement : statements(write(dialect, downgrade))) {
                s.execute(statement);
            }
            assertEquals(Set.of(), table.read(c));
        }
    }

    private static List<String> statements(String script) {
        String withoutComments = script.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    @Test
    void anEmptyPlanWritesAndLoadsNothing() {
        assertEquals("", write("postgresql", Plans.upgrade(Set.of(), Set.of())));
        assertEquals(List.of(), loadCalls);
    }

    @Test
    void scriptsCannotReachForAConnectionOffline() {
        MigrationSource needsConnection = revisions -> Map.of("a", new LoadedMigration(new Migration() {
            @Override
            public void upgrade(Op op) {
                op.connection();
            }

            @Override
            public void downgrade(Op op) {
            }
        }, "a", true));
        Dialect pg = Dialects.forName("postgresql");
        RetortException e = assertThrows(RetortException.class, () -> new OfflineWriter(pg, VersionTable.of(pg),
                needsConnection, Map.of()).write(Plans.upgrade(Set.of(), Set.of("a"), up("a")), new StringBuilder()));
        assertEquals(ErrorCode.OFFLINE_UNSUPPORTED, e.code());
    }

    static void assertGolden(String dialect, String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(dialect).resolve(name);
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), () -> "no golden file " + file + "; run the test with -Dretort.golden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                () -> "SQL differs from " + file + "; if the change is intended, run with -Dretort.golden.update=true");
    }
}
