package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Callback.Event;
import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Callbacks through the facade: events and their order, transactions, failures, offline output, loading. */
class CallbackTest {
    @TempDir
    Path dir;

    /** Records every event it hears; public with a no-argument constructor, so it can be named in the config. */
    public static final class Recording implements Callback {
        static final List<String> HEARD = new ArrayList<>();
        final List<String> heard = new ArrayList<>();

        @Override
        public void handle(Context c) {
            String line = c.event().fileName() + (c.revision() == null ? "" : "@" + c.revision())
                    + " " + c.direction().verb() + (c.error() == null ? "" : " error");
            heard.add(line);
            HEARD.add(line);
        }
    }

    private void script(String id, String revises, String upgrade) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/" + id + "_s.sql"), "-- revision: " + id + "\n"
                + (revises == null ? "" : "-- revises: " + revises + "\n") + "\n-- upgrade\n" + upgrade
                + "\n\n-- downgrade\nSELECT 1;\n");
    }

    private void callback(String name, String sql) throws Exception {
        Files.createDirectories(dir.resolve("callbacks"));
        Files.writeString(dir.resolve("callbacks/" + name), sql);
    }

    private RetortBuilder builder(TestDatabase db) {
        return Retort.builder().scriptLocation(dir).url(db.url()).user(db.user()).password(db.password())
                .cacheDir(dir.resolve("cache"));
    }

    private static List<String> audit(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event FROM audit ORDER BY n")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static final String AUDIT = "INSERT INTO audit (n, event) SELECT COUNT(*) + 1, '%s' FROM audit;";

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void eventsInOrderBothWays(String dialect) throws Exception {
        script("a1", null, "CREATE TABLE plans (id INTEGER PRIMARY KEY);");
        script("a2", "a1", "INSERT INTO plans (id) VALUES (1);");
        Recording java = new Recording();
        try (TestDatabase db = TestDatabases.of(dialect, dir);
             Retort retort = builder(db).callbacks(List.of(java)).build()) {
            retort.upgrade("head");
            retort.downgrade("a1");
            assertEquals(List.of("beforeUpgrade upgrade", "beforeEachMigration@a1 upgrade",
                    "afterEachMigration@a1 upgrade", "beforeEachMigration@a2 upgrade", "afterEachMigration@a2 upgrade",
                    "afterUpgrade upgrade", "beforeDowngrade downgrade", "beforeEachMigration@a2 downgrade",
                    "afterEachMigration@a2 downgrade", "afterDowngrade downgrade"), java.heard);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#transactionalDdl")
    void eachMigrationCallbacksShareTheMigrationsTransaction(String dialect) throws Exception {
        callback("beforeUpgrade.sql", "CREATE TABLE IF NOT EXISTS audit (n INTEGER, event VARCHAR(40));\n"
                + AUDIT.formatted("before"));
        callback("beforeEachMigration.sql", AUDIT.formatted("each"));
        callback("afterMigrationError.sql", AUDIT.formatted("error"));
        script("a1", null, "CREATE TABLE plans (id INTEGER PRIMARY KEY);");
        script("a2", "a1", "INSERT INTO no_such_table VALUES (1);");
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = builder(db).build()) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
            // a2's "each" row rolled back with it; "before" and "error" ran in transactions of their own.
            assertEquals(List.of("before", "each", "error"), audit(db));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void aFailingErrorCallbackNeverMasksTheFailure(String dialect) throws Exception {
        script("a1", null, "INSERT INTO no_such_table VALUES (1);");
        Callback failing = c -> {
            if (c.event() == Event.AFTER_MIGRATION_ERROR) {
                throw new IllegalStateException("alerting is down");
            }
        };
        try (TestDatabase db = TestDatabases.of(dialect, dir);
             Retort retort = builder(db).callbacks(List.of(failing)).build()) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
            assertEquals("a1", e.revision());
            assertEquals(1, e.getSuppressed().length);
            assertTrue(e.getSuppressed()[0].getMessage().contains("alerting is down"), e.getSuppressed()[0]::getMessage);
            assertTrue(retort.current().isEmpty());
        }
    }

    @Test
    void aFailingBeforeCallbackStopsTheRunBeforeAnyMigration() throws Exception {
        script("a1", null, "CREATE TABLE plans (id INTEGER PRIMARY KEY);");
        callback("beforeUpgrade.sql", "SELECT 1;\nINSERT INTO no_such_audit VALUES (1);\n");
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = builder(db).build()) {
            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(e.getMessage().startsWith("callback callbacks/beforeUpgrade.sql:2 failed: "), e.getMessage());
            assertTrue(retort.current().isEmpty());
        }
    }

    @Test
    void offlineTheSqlCallbacksArePrintedInOrderAndJavaOnesSkipped() throws Exception {
        script("a1", null, "CREATE TABLE plans (id INTEGER PRIMARY KEY);");
        callback("afterEachMigration__b.sql", "SELECT 'b';\n");
        callback("afterEachMigration.sql", "SELECT 'a';\n");
        callback("afterUpgrade.sql", "SELECT 'done';\n");
        Recording java = new Recording();
        StringBuilder out = new StringBuilder();
        try (Retort retort = Retort.builder().scriptLocation(dir).url("jdbc:sqlite:x.db").callbacks(List.of(java))
                .build()) {
            retort.upgradeSql("head", out);
        }
        String sql = out.toString();
        int plans = sql.indexOf("CREATE TABLE plans");
        int a = sql.indexOf("SELECT 'a';");
        int b = sql.indexOf("SELECT 'b';");
        int done = sql.indexOf("-- Running callback callbacks/afterUpgrade.sql");
        assertTrue(plans > 0 && plans < a && a < b && b < done && done < sql.indexOf("SELECT 'done';"), sql);
        assertEquals(List.of(), java.heard);
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void aMisspeltEventIsAnError() throws Exception {
        script("a1", null, "SELECT 1;");
        callback("beforeUpgarde.sql", "SELECT 1;\n");
        try (Retort retort = Retort.builder().scriptLocation(dir).url("jdbc:sqlite:x.db").build()) {
            RetortException e = assertThrows(RetortException.class, () -> retort.upgradeSql("head", new StringBuilder()));
            assertEquals(ErrorCode.SCRIPT, e.code());
            assertTrue(e.getMessage().startsWith("callbacks/beforeUpgarde.sql: 'beforeUpgarde' is no callback event"),
                    e.getMessage());
        }
    }

    @Test
    void classesNamedInTheConfigurationAreCreatedWhenACommandRunsThem() throws Exception {
        script("a1", null, "SELECT 1;");
        Recording.HEARD.clear();
        try (TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = builder(db).callbackClasses(List.of(Recording.class.getName())).build()) {
            retort.upgrade("head");
        }
        assertTrue(Recording.HEARD.contains("afterEachMigration@a1 upgrade"), Recording.HEARD::toString);
        try (TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = builder(db).callbackClasses(List.of("com.example.Missing")).build()) {
            assertEquals(List.of(), retort.heads().stream().map(RevisionInfo::toString).filter(s -> s.isEmpty()).toList());
            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals(ErrorCode.CONFIG, e.code());
            assertTrue(e.getMessage().startsWith("callback class com.example.Missing is not on the class path"),
                    e.getMessage());
        }
    }

    @Test
    void scriptsOnTheClassPathHaveTheirCallbacksBesideThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cp/db/migrations/callbacks"));
        Files.writeString(folder.resolveSibling("a1_s.sql"), "-- revision: a1\n\n-- upgrade\nSELECT 1;\n\n-- downgrade\n");
        Files.writeString(folder.resolve("afterUpgrade.sql"), "CREATE TABLE audit (n INTEGER, event VARCHAR(40));\n"
                + AUDIT.formatted("after"));
        try (TestDatabase db = TestDatabases.sqlite(dir);
             var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.resolve("cp").toUri().toURL()}, null);
             Retort retort = Retort.builder().classpathLocation("db/migrations").classLoader(loader).url(db.url())
                     .build()) {
            assertEquals(List.of("a1"), retort.heads().stream().map(RevisionInfo::id).toList());
            retort.upgrade("head");
            assertEquals(List.of("after"), audit(db));
        }
    }

    @Test
    void eventFileNames() {
        assertEquals("afterEachMigration", Event.AFTER_EACH_MIGRATION.fileName());
        assertEquals(Event.AFTER_MIGRATION_ERROR, Event.ofFileName("afterMigrationError").orElseThrow());
        assertTrue(Event.ofFileName("afterMigrate").isEmpty());
    }
}
