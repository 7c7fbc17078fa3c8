package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import static dev.retort.model.Dsl.bigint;
import static dev.retort.model.Dsl.column;
import static dev.retort.model.Dsl.schema;
import static dev.retort.model.Dsl.table;
import static dev.retort.model.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ModelSource;
import dev.retort.schema.Schema;
import dev.retort.script.ScriptTemplates;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Retort#autogenerate} and {@link Retort#check()}: the guards, and the seed's workflow on each database. */
class AutogenerateFacadeTest {
    @TempDir
    Path dir;

    private Path location() {
        Path location = dir.resolve("migrations");
        ScriptTemplates.init(location);
        return location;
    }

    private Retort retort(Path location, TestDatabase db, ModelSource models) {
        RetortBuilder b = Retort.builder().scriptLocation(location).url(db.url()).user(db.user()).password(db.password())
                .cacheDir(dir.resolve("cache"));
        return models == null ? b.build() : b.models(models).build();
    }

    private List<Path> versions(Path location) throws IOException {
        try (Stream<Path> files = Files.list(location.resolve("versions"))) {
            return files.toList();
        }
    }

    @Test
    void withoutModelsItSaysWhichKeysToSet() throws IOException {
        Path location = location();
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, null)) {
            RetortException e = assertThrows(RetortException.class, retort::check);
            assertEquals(ErrorCode.CONFIG, e.code());
            assertTrue(e.getMessage().contains("model_classpath") && e.getMessage().contains("model_packages")
                    && e.getMessage().contains("model_class"), e.getMessage());
            assertThrows(RetortException.class, () -> retort.autogenerate(NewRevision.of("x"), false));
            assertEquals(List.of(), versions(location));
        }
    }

    @Test
    void aDatabaseBehindTheHeadIsRefusedAndNothingIsWritten() throws IOException {
        Path location = location();
        try (TestDatabase db = TestDatabases.sqlite(dir);
             Retort retort = retort(location, db, () -> schema(table("users", column("id", bigint()).primaryKey())))) {
            Path first = retort.revision(NewRevision.of("first"));
            RetortException e = assertThrows(RetortException.class,
                    () -> retort.autogenerate(NewRevision.of("second"), false));
            assertEquals(ErrorCode.INVALID_TARGET, e.code());
            assertTrue(e.getMessage().startsWith("Target database is not up to date; run 'retort upgrade head' first"),
                    e.getMessage());
            assertEquals(ErrorCode.INVALID_TARGET, assertThrows(RetortException.class, retort::check).code());
            assertEquals(List.of(first), versions(location));
        }
    }

    @Test
    void modelsThatFailToLoadWriteNothing() throws IOException {
        Path location = location();
        ModelSource broken = () -> {
            throw new RetortException(ErrorCode.CONFIG, "model_class com.example.Nope is not on the classpath");
        };
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, broken)) {
            assertEquals(ErrorCode.CONFIG, assertThrows(RetortException.class,
                    () -> retort.autogenerate(NewRevision.of("nothing"), true)).code());
            assertEquals(List.of(), versions(location));
        }
    }

    @Test
    void autogenerateWritesJavaOnly() throws IOException {
        Path location = location();
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, Schema::empty)) {
            NewRevision sql = new NewRevision("x", null, null, false, List.of(), List.of(), null, "sql");
            assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class,
                    () -> retort.autogenerate(sql, false)).code());
            assertEquals(List.of(), versions(location));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void theSeedsWorkflow(String dialect) throws IOException {
        Path location = location();
        AtomicReference<Schema> models = new AtomicReference<>(schema(table("users",
                column("id", bigint()).primaryKey(), column("email", varchar(255)).notNull())));
        try (TestDatabase db = TestDatabases.of(dialect, dir); Retort retort = retort(location, db, models::get)) {
            Autogenerated created = retort.autogenerate(NewRevision.of("create users"), false);
            assertTrue(Files.readString(created.path()).contains("op.createTable(\"users\","));
            assertTrue(created.diff().changes().size() >= 1, created.diff().changes()::toString);
            retort.upgrade("head");
            assertTrue(retort.check().isEmpty(), () -> retort.check().changes().toString());
            Autogenerated none = retort.autogenerate(NewRevision.of("nothing"), false);
            assertNull(none.path());

            models.set(schema(table("users", column("id", bigint()).primaryKey(),
                    column("email", varchar(255)).notNull(), column("phone", varchar(20)))));
            Diff diff = retort.check();
            assertEquals(1, diff.upgrade().size(), diff.toString());
            Autogenerated phone = retort.autogenerate(NewRevision.of("add_phone_to_users"), false);
            String text = Files.readString(phone.path());
            assertTrue(text.contains("op.addColumn(\"users\", column(\"phone\", varchar(20)));"), text);
            assertTrue(text.contains("op.dropColumn(\"users\", \"phone\");"), text);
            retort.upgrade("head");
            assertTrue(retort.check().isEmpty());
            retort.downgrade("-1");
            retort.stamp("head", false);
            assertEquals(1, retort.check().upgrade().size());
        }
    }

    /** {@link Retort#reflect()}: the tables the scripts made, never the version and history tables; the compare options' filter applies. */
    @Test
    void reflectShowsTheScriptsTablesOnly() throws IOException {
        Path location = location();
        Files.writeString(location.resolve("versions/a1_t.sql"), """
                -- revision: a1
                -- message: tables

                -- upgrade
                CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY);
                CREATE TABLE audit_log (id INTEGER NOT NULL PRIMARY KEY);

                -- downgrade
                DROP TABLE audit_log;
                DROP TABLE users;
                """);
        try (TestDatabase db = TestDatabases.sqlite(dir); Retort retort = retort(location, db, null)) {
            assertEquals(List.of(), retort.reflect().tables());
            retort.upgrade("head");
            assertEquals(List.of("audit_log", "users"),
                    retort.reflect().tables().stream().map(t -> t.name()).sorted().toList());
            try (Retort filtered = Retort.builder().scriptLocation(location).url(db.url())
                    .compareOptions(new CompareOptions(List.of(), List.of("audit_*"), null)).build()) {
                assertEquals(List.of("users"), filtered.reflect().tables().stream().map(t -> t.name()).toList());
            }
        }
    }
}
