package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.script.ScriptTemplates;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public API end to end: scripts on disk, a real database, the seed's workflow. */
class RetortFacadeTest {
    @TempDir
    Path dir;

    private Path location() throws Exception {
        Path location = dir.resolve("migrations");
        ScriptTemplates.init(location);
        Files.writeString(location.resolve("versions/1975ea83b712_create_plans.sql"), """
                -- revision: 1975ea83b712
                -- message: create plans

                -- upgrade
                CREATE TABLE plans (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, monthly_token_limit INTEGER NOT NULL);
                INSERT INTO plans (id, name, monthly_token_limit) VALUES (1, 'free', 2000);

                -- downgrade
                DROP TABLE plans;
                """);
        Files.writeString(location.resolve("versions/523dbb60ecfe_update_free_plan_tokens.java"), """
                import dev.retort.*;

                @Revision(id = "523dbb60ecfe", revises = "1975ea83b712", message = "update free plan tokens to 10000")
                class UpdateFreePlanTokens implements Migration {
                    public void upgrade(Op op) {
                        op.execute("UPDATE plans SET monthly_token_limit = ? WHERE name = ?", 10000, "free");
                    }
                    public void downgrade(Op op) {
                        op.execute("UPDATE plans SET monthly_token_limit = " + op.arguments().getOrDefault("old", "2000")
                                + " WHERE name = 'free'");
                    }
                }
                """);
        return location;
    }

    private Retort retort(Path location, TestDatabase db, MigrationListener listener) {
        return Retort.builder().scriptLocation(location).url(db.url()).user(db.user()).password(db.password())
                .cacheDir(dir.resolve("cache")).arguments(Map.of("old", "2500")).listener(listener).build();
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void theSeedWorkflowUpgradesDowngradesAndReportsWhereItIs(String dialect) throws Exception {
        Path location = location();
        List<String> ran = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepFinished(MigrationStep step, Duration took) {
                ran.add(step.direction() + " " + step.revision());
            }
        };
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = retort(location, db, listener)) {
            assertEquals(List.of(), retort.current());
            MigrationResult plan = retort.upgrade("head");
            assertEquals(List.of("UPGRADE 1975ea83b712", "UPGRADE 523dbb60ecfe"), ran);
            assertEquals(Set.of("523dbb60ecfe"), plan.endHeads());
            assertEquals(10000, freeLimit(db));
            assertEquals(List.of("523dbb60ecfe"), retort.current().stream().map(RevisionInfo::id).toList());

            assertTrue(retort.upgrade("head").isEmpty(), "a second upgrade head has nothing to do");

            retort.downgrade("-1");
            assertEquals(2500, freeLimit(db), "the -x argument reached the script");
            assertEquals(List.of("1975ea83b712"), retort.current().stream().map(RevisionInfo::id).toList());

            retort.upgrade("+1");
            assertEquals(10000, freeLimit(db));

            retort.downgrade("base");
            assertEquals(List.of(), retort.current());
            try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", null)) {
                while (rs.next()) {
                    assertFalse(rs.getString("TABLE_NAME").equalsIgnoreCase("plans"), "plans dropped at base");
                }
            }
        }
    }

    @Test
    void readOnlyCommandsNeedNoDatabaseAndNoCompiler() throws Exception {
        Path location = location();
        // No URL at all: heads, history and show work from the headers alone.
        try (Retort retort = Retort.builder().scriptLocation(location).cacheDir(dir.resolve("cache")).build()) {
            assertEquals(List.of("523dbb60ecfe"), retort.heads().stream().map(RevisionInfo::id).toList());
            assertEquals(List.of("523dbb60ecfe", "1975ea83b712"),
                    retort.history(null, false).stream().map(RevisionInfo::id).toList());
            RevisionInfo shown = retort.show("1975").get(0);
            assertEquals("create plans", shown.message());
            assertEquals(List.of("523dbb60ecfe"), shown.children());
            RetortException noUrl = assertThrows(RetortException.class, retort::current);
            assertEquals(ErrorCode.CONFIG, noUrl.code());
        }
        assertFalse(Files.exists(dir.resolve("cache")), "nothing was compiled");
    }

    @Test
    void currentAndANoOpUpgradeNeverCompile() throws Exception {
        Path location = location();
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            try (Retort retort = retort(location, db, MigrationListener.NONE)) {
                retort.upgrade("head");
            }
            Path cache = dir.resolve("cache");
            assertTrue(Files.isDirectory(cache), "the Java script was compiled into the cache");
            deleteTree(cache);
            // Break the Java script: compiling it now would fail, so these calls prove no compile happens.
            // (The edit changes its checksum; allowChangedScripts keeps that guard out of this test.)
            Path java = location.resolve("versions/523dbb60ecfe_update_free_plan_tokens.java");
            Files.writeString(java, Files.readString(java).replace("op.execute(", "op.executeTypo("));
            try (Retort retort = Retort.builder().scriptLocation(location).url(db.url()).cacheDir(cache)
                    .allowChangedScripts(true).build()) {
                assertEquals(List.of("523dbb60ecfe"), retort.current().stream().map(RevisionInfo::id).toList());
                assertTrue(retort.upgrade("head").isEmpty());
                assertEquals(2, retort.history("base:current", true).size());
            }
            assertFalse(Files.exists(cache), "nothing was compiled");
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void offlineSqlPrintsTheMigrationsAndVersionUpdatesWithoutADatabase() throws Exception {
        Path location = location();
        StringBuilder sql = new StringBuilder();
        try (Retort retort = Retort.builder().scriptLocation(location).url("jdbc:postgresql://127.0.0.1:1/nowhere")
                .cacheDir(dir.resolve("cache")).build()) {
            retort.upgradeSql("head", sql);
        }
        String text = sql.toString();
        assertTrue(text.contains("CREATE TABLE plans"), text);
        assertTrue(text.contains("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'"), text);
        assertTrue(text.contains("INSERT INTO retort_version"), text);
        assertTrue(text.contains("UPDATE retort_version SET version_num='523dbb60ecfe' WHERE version_num='1975ea83b712'"), text);
    }

    @Test
    void aBranchLabelContainingCurrentIsALabelOffline() throws Exception {
        Path location = location();
        Files.writeString(location.resolve("versions/c0ffee000001_concurrent_index.sql"), """
                -- revision: c0ffee000001
                -- revises: 1975ea83b712
                -- branch-labels: concurrent
                -- message: concurrent index

                -- upgrade
                CREATE INDEX plans_name ON plans (name);

                -- downgrade
                DROP INDEX plans_name;
                """);
        StringBuilder sql = new StringBuilder();
        try (Retort retort = Retort.builder().scriptLocation(location).url("jdbc:postgresql://127.0.0.1:1/nowhere")
                .cacheDir(dir.resolve("cache")).build()) {
            retort.upgradeSql("concurrent@head", sql);
            String text = sql.toString();
            assertTrue(text.contains("CREATE TABLE plans") && text.contains("CREATE INDEX plans_name ON plans (name)"), text);
            assertFalse(text.contains("10000"), text);
            RetortException current = assertThrows(RetortException.class, () -> retort.upgradeSql("current:head", new StringBuilder()));
            assertEquals(ErrorCode.OFFLINE_UNSUPPORTED, current.code());
        }
    }

    @Test
    void twoLinesOfWorkMakeTwoHeadsAndMergeHeadsJoinsThem() throws Exception {
        Path location = location();
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, MigrationListener.NONE)) {
            Path a = retort.revision(new NewRevision("add phone to users", "aaaa00000001", null, false, List.of(), List.of(), null, "sql"));
            Path b = retort.revision(new NewRevision("add plans index", "bbbb00000002", "523dbb60ecfe", true, List.of(), List.of(), null, "java"));
            assertTrue(Files.exists(a) && Files.exists(b));
        }
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, MigrationListener.NONE)) {
            assertEquals(Set.of("aaaa00000001", "bbbb00000002"),
                    Set.copyOf(retort.heads().stream().map(RevisionInfo::id).toList()));
            MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> retort.upgrade("head"));
            assertTrue(e.getMessage().contains("merge"), e.getMessage());
            retort.merge(List.of("heads"), "merge heads", "cccc00000003");
        }
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, MigrationListener.NONE)) {
            assertEquals(List.of("cccc00000003"), retort.heads().stream().map(RevisionInfo::id).toList());
            assertTrue(retort.heads().get(0).mergePoint());
            MigrationResult plan = retort.upgrade("head");
            assertEquals(5, plan.steps().size());
            assertEquals(Set.of("cccc00000003"), plan.endHeads());
            assertEquals(List.of("523dbb60ecfe"), retort.branches().stream().map(RevisionInfo::id).toList());
        }
    }

    private static int freeLimit(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT monthly_token_limit FROM plans WHERE name = 'free'")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
