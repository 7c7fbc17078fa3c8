package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's {@code --output json} is one object on stdout that the published schema
 * ({@code dev/retort/cli/retort-output.schema.json}) accepts, on a project whose revisions are in every state, on
 * SQLite and PostgreSQL.
 */
class JsonOutputTest {
    private static Map<String, Object> schema;

    @TempDir
    Path dir;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readSchema() throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("retort-output.schema.json")) {
            schema = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The environment of every command: {@code RETORT_URL} for a server database, else init's SQLite file. */
    private Map<String, String> env = Map.of();

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void everyCommandsJsonMatchesTheSchema(String dialect) throws IOException {
        if (dialect.equals("sqlite")) {
            everyCommand();
            return;
        }
        try (TestDatabase db = TestDatabases.of(dialect, dir)) {
            env = Map.of("RETORT_URL", db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + db.user());
            everyCommand();
        }
    }

    @SuppressWarnings("unchecked")
    private void everyCommand() throws IOException {
        assertEquals(0, CliRun.run(dir, env, "init", "-q", "migrations", "--format", "sql").status());
        model();
        Map<String, Object> check = json(1, "check", "--model-classpath", "models", "--model-class", "AppSchema");
        assertEquals(false, check.get("upToDate"));
        sql("aaaaaaaaaaaa", null, "create t", "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;", true);
        sql("bbbbbbbbbbbb", "aaaaaaaaaaaa", "seed", "INSERT INTO t VALUES (1);\nINSERT INTO missing VALUES (1);",
                "DELETE FROM t;", false);
        sql("cccccccccccc", "aaaaaaaaaaaa", "branch", "CREATE TABLE u (id INTEGER);", "DROP TABLE u;", true);

        Map<String, Object> up = json(0, "upgrade", "aaaaaaaaaaaa");
        assertEquals(1, ((List<?>) up.get("steps")).size());
        Map<String, Object> failed = json(1, "upgrade", "heads");
        assertTrue(String.valueOf(failed.get("error")).contains("bbbbbbbbbbbb"), failed.toString());
        Map<String, Object> current = json(0, "current");
        assertEquals("bbbbbbbbbbbb", ((Map<String, Object>) ((List<?>) current.get("interrupted")).get(0)).get("revision"));
        Files.writeString(script("aaaaaaaaaaaa"), "-- edited\n", java.nio.file.StandardOpenOption.APPEND);

        Map<String, Object> status = json(0, "status");
        List<String> states = new ArrayList<>();
        for (Object row : (List<?>) status.get("revisions")) {
            states.add(((Map<String, Object>) row).get("id") + "=" + ((Map<String, Object>) row).get("state"));
        }
        assertTrue(states.containsAll(List.of("aaaaaaaaaaaa=edited", "bbbbbbbbbbbb=interrupted")), states.toString());
        assertTrue(states.contains("cccccccccccc=applied") || states.contains("cccccccccccc=pending"), states.toString());

        json(0, "heads");
        json(0, "branches");
        json(0, "history");
        Map<String, Object> marked = json(0, "history", "-i");
        Map<String, Object> stopped = (Map<String, Object>) ((List<?>) marked.get("interrupted")).get(0);
        assertEquals(List.of("bbbbbbbbbbbb", 1L, 2L), List.of(stopped.get("revision"), stopped.get("statementsDone"),
                stopped.get("statementsTotal")), marked.toString());
        json(0, "history", "--applied");
        json(0, "show", "aaaaaaaaaaaa");
        json(0, "downgrade", "base", "--allow-changed", "--retry");
    }

    @Test
    void aCommandWithoutJsonSaysWhichHaveIt() {
        CliRun run = CliRun.run(dir, "init", "--output", "json", "migrations");
        assertEquals(1, run.status(), run.all());
        assertEquals("ERROR: --output json is not available for 'init'; it is for current, heads, branches, history, show, "
                + "check, status, upgrade and downgrade\n", run.err());
    }

    /** Runs {@code retort args --output json}: one line on stdout, valid against the schema; returns it parsed. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> json(int status, String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        command.add("--output");
        command.add("json");
        CliRun run = CliRun.run(dir, env, command.toArray(String[]::new));
        assertEquals(status, run.status(), String.join(" ", args) + ": " + run.all());
        assertEquals(1, run.out().lines().count(), "one line of JSON: " + run.out());
        Map<String, Object> document = (Map<String, Object>) MiniJson.parse(run.out());
        assertEquals(List.of(), MiniJson.validate(document, schema, schema, "$"), String.join(" ", args) + ": " + run.out());
        assertEquals(args[0], document.get("command"));
        return document;
    }

    private Path script(String id) throws IOException {
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(id)).findFirst().orElseThrow();
        }
    }

    private void sql(String id, String revises, String message, String up, String down, boolean transactional)
            throws IOException {
        Files.writeString(dir.resolve("migrations/versions/" + id + "_x.sql"), "-- revision: " + id + "\n"
                + (revises == null ? "" : "-- revises: " + revises + "\n") + "-- message: " + message + "\n"
                + (transactional ? "" : "-- transactional: false\n") + "\n-- upgrade\n" + up + "\n\n-- downgrade\n" + down + "\n");
    }

    private void model() throws IOException {
        Path source = dir.resolve("models/AppSchema.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "import static dev.retort.model.Dsl.*;\nimport dev.retort.model.SchemaDefinition;\n"
                + "import dev.retort.schema.Schema;\npublic class AppSchema implements SchemaDefinition {\n"
                + "    public Schema define() {\n        return schema(table(\"people\", column(\"id\", bigint()).primaryKey()));\n"
                + "    }\n}\n");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-proc:none", "-d",
                source.getParent().toString(), "-cp", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status);
    }
}
