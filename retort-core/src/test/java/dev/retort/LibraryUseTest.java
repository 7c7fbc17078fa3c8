package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialects.Dialects;
import dev.retort.dialect.MigrationLock;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An application migrating at start-up: scripts from its class path (folders and jars) or given as objects. */
class LibraryUseTest {
    @TempDir
    Path dir;

    /** A migration compiled with the application. */
    @Revision(id = "c00000000002", revises = "c00000000001", message = "add note")
    public static final class AddNote implements Migration {
        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE note (id INTEGER)");
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DROP TABLE note");
        }
    }

    @Test
    void upgradesFromSqlResourcesInAJarAndClassesGivenInCodeWithoutTheCompiler() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migrations/"));
            entry(out, "db/migrations/c00000000001_create_account.sql", "-- revision: c00000000001\n-- message: create account\n"
                    + "\n-- upgrade\nCREATE TABLE account (id INTEGER);\n\n-- downgrade\nDROP TABLE account;\n");
        }
        Path cache = dir.resolve("cache");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
             TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = Retort.builder().classpathLocation("db/migrations").classLoader(loader)
                     .migrations(List.of(new AddNote())).url(db.url()).cacheDir(cache).build()) {
            assertEquals(2, retort.upgrade("head").steps().size());
            assertEquals(List.of("c00000000002"), retort.current().stream().map(RevisionInfo::id).toList());
            List<HistoryRow> history = retort.appliedHistory();
            assertEquals(2, history.size());
            assertEquals(64, history.get(0).checksum().length(), "SQL resources carry a checksum");
            assertEquals(null, history.get(1).checksum(), "a class given in code has none");
            assertEquals(0, retort.upgrade("head").steps().size());
        }
        assertFalse(Files.exists(cache), "nothing was compiled");
    }

    /**
     * Two Retorts reading scripts from one jar share the JDK's one file system for it: closing the first leaves the
     * second reading, and the file system is closed with the last of them.
     */
    @Test
    void twoRetortsReadingOneJarCloseIndependently() throws Exception {
        Path jar = dir.resolve("shared.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/shared/"));
            entry(out, "db/shared/e00000000001_a.sql", "-- revision: e00000000001\n\n-- upgrade\nCREATE TABLE a (id INTEGER);\n"
                    + "\n-- downgrade\nDROP TABLE a;\n");
            entry(out, "db/shared/e00000000002_b.sql", "-- revision: e00000000002\n-- revises: e00000000001\n\n-- upgrade\n"
                    + "CREATE TABLE b (id INTEGER);\n\n-- downgrade\nDROP TABLE b;\n");
        }
        java.net.URI fs = java.net.URI.create("jar:" + jar.toUri());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
             TestDatabase one = TestDatabases.sqlite(dir); TestDatabase two = TestDatabases.sqlite(dir)) {
            Retort first = Retort.builder().classpathLocation("db/shared").classLoader(loader).url(one.url()).build();
            try (Retort second = Retort.builder().classpathLocation("db/shared").classLoader(loader).url(two.url()).build()) {
                assertEquals(1, first.upgrade("e00000000001").steps().size());
                assertEquals(1, second.upgrade("e00000000001").steps().size());
                first.close();
                // The second reads the scripts' text again (the upgrade) after the first closed its use of the jar.
                assertEquals(1, second.upgrade("head").steps().size());
                assertTrue(FileSystems.getFileSystem(fs).isOpen());
            }
            assertThrows(FileSystemNotFoundException.class, () -> FileSystems.getFileSystem(fs),
                    "closed with the last Retort reading it");
        }
    }

    @Test
    void findsScriptsInAClassPathFolder() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/migrations"));
        Files.writeString(classes.resolve("db/migrations/d00000000001_x.sql"),
                "-- revision: d00000000001\r\n\r\n-- upgrade\r\nCREATE TABLE x (id INTEGER);\r\n\r\n-- downgrade\r\nDROP TABLE x;\r\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
             TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = Retort.builder().classpathLocation("/db/migrations/").classLoader(loader).url(db.url()).build()) {
            retort.upgrade("head");
            assertEquals("d00000000001", retort.current().get(0).id());
        }
    }

    @Test
    void anEmptyClassPathLocationIsAConfigurationError() {
        RetortException e = assertThrows(RetortException.class, () -> Retort.builder().classpathLocation("no/such/folder")
                .url("jdbc:sqlite::memory:").build().upgrade("head"));
        assertEquals(ErrorCode.CONFIG, e.code());
    }

    /**
     * Every deploy's {@code upgrade head} at head: answered from the version and history tables without taking the
     * lock, so replicas starting while another process holds it (a long {@code stamp}, a migration of another
     * target) do not queue behind it; with anything to run it waits as before.
     */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#sharedWithOtherProcesses")
    void aNoOpUpgradeTakesNoLock(String dialect) throws Exception {
        Files.createDirectories(dir.resolve("n/versions"));
        Files.writeString(dir.resolve("n/versions/e00000000001_x.sql"),
                "-- revision: e00000000001\n\n-- upgrade\nCREATE TABLE y (id INTEGER);\n\n-- downgrade\nDROP TABLE y;\n");
        RetortBuilder builder = Retort.builder().scriptLocation(dir.resolve("n")).lockTimeout(Duration.ofMillis(300));
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            try (Retort r = credentials(builder, db).build()) {
                r.upgrade("head");
            }
            try (Connection holder = db.connect();
                 MigrationLock held = Dialects.forName(dialect).lock(holder, null, "retort_version", Duration.ofSeconds(1));
                 Retort r = credentials(builder, db).build()) {
                assertTrue(r.upgrade("head").isEmpty(), "nothing ran");
                assertEquals("e00000000001", r.current().get(0).id());
                // A repeatable script that is due is work: it waits for the lock, and times out.
                Files.createDirectories(dir.resolve("n/repeatable"));
                Files.writeString(dir.resolve("n/repeatable/v.sql"), "CREATE VIEW v AS SELECT id FROM y;\n");
                try (Retort again = credentials(builder, db).build()) {
                    RetortException e = assertThrows(RetortException.class, () -> again.upgrade("head"));
                    assertEquals(ErrorCode.LOCKED, e.code());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#sharedWithOtherProcesses")
    void aHeldLockMakesASecondUpgradeWaitThenTimeOutNamingIt(String dialect) throws Exception {
        try (TestDatabase db = TestDatabases.of(dialect, dir); TestDatabase other = TestDatabases.of(dialect, dir);
             Connection holder = db.connect();
             MigrationLock held = Dialects.forName(dialect).lock(holder, null, "retort_version", Duration.ofSeconds(1))) {
            Files.createDirectories(dir.resolve("m/versions"));
            // Something to run: at head already, an upgrade answers without the lock (aNoOpUpgradeTakesNoLock).
            Files.writeString(dir.resolve("m/versions/d00000000001_x.sql"),
                    "-- revision: d00000000001\n\n-- upgrade\nCREATE TABLE x (id INTEGER);\n\n-- downgrade\nDROP TABLE x;\n");
            RetortBuilder builder = Retort.builder().scriptLocation(dir.resolve("m")).lockTimeout(Duration.ofMillis(300));
            RetortException e = assertThrows(RetortException.class, () -> {
                try (Retort r = credentials(builder, db).build()) {
                    r.upgrade("head");
                }
            });
            assertEquals(ErrorCode.LOCKED, e.code());
            assertTrue(e.getMessage().startsWith("another Retort process holds the migration lock"), e.getMessage());
            // Another schema or database has a lock of its own.
            try (Retort r = credentials(builder, other).build()) {
                r.upgrade("head");
            }
        }
    }

    private static RetortBuilder credentials(RetortBuilder b, TestDatabase db) {
        b.url(db.url());
        if (db.user() != null) {
            b.user(db.user()).password(db.password());
        }
        return b;
    }

    private static void entry(JarOutputStream out, String name, String text) throws java.io.IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
