package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.config.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin reads its settings as the CLI does: the POM's url is --url, then RETORT_URL, DATABASE_URL, the file. */
class RetortSetupTest {
    @TempDir
    Path dir;

    private RetortSetup.PluginSettings pom(Path configFile, Path scripts, String url, String user, String password) {
        return new RetortSetup.PluginSettings(dir, configFile, scripts, url, user, password, null, null, null, null, null,
                null, null, List.of(), Map.of());
    }

    private Path file(String text) throws IOException {
        Path file = dir.resolve("db/retort.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String url(RetortSetup setup) {
        return setup.database().map(DatabaseUrl::jdbcUrl).orElse(null);
    }

    @Test
    void urlPrecedenceIsTheClis() throws IOException {
        Path file = file("script_location = migrations\nurl = sqlite:///app.db\n");
        Map<String, String> env = Map.of("RETORT_URL", "jdbc:h2:mem:retort", "DATABASE_URL", "jdbc:h2:mem:database");
        assertEquals("jdbc:h2:mem:pom", url(new RetortSetup(pom(file, null, "jdbc:h2:mem:pom", null, null), env)));
        assertEquals("jdbc:h2:mem:retort", url(new RetortSetup(pom(file, null, null, null, null), env)));
        assertEquals("jdbc:h2:mem:database",
                url(new RetortSetup(pom(file, null, null, null, null), Map.of("DATABASE_URL", "jdbc:h2:mem:database"))));
        // The file's relative SQLite file is next to the file, as script_location is.
        assertEquals("jdbc:sqlite:" + dir.resolve("db/app.db"), url(new RetortSetup(pom(file, null, null, null, null), Map.of())));
    }

    @Test
    void theProjectsOwnRetortPropertiesIsReadWithoutConfigFile() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "script_location = m\nurl = h2:mem:fromfile\n");
        assertEquals("jdbc:h2:mem:fromfile", url(new RetortSetup(pom(null, null, null, null, null), Map.of())));
    }

    @Test
    void credentialsFillInWhatTheUrlDoesNotSay() throws IOException {
        Path file = file("script_location = migrations\nuser = fileuser\npassword = ${env:DB_PASSWORD}\n");
        RetortSetup setup = new RetortSetup(pom(file, null, "postgresql://db:5432/app", "pomuser", "pompass"),
                Map.of("DB_PASSWORD", "filepass"));
        DatabaseUrl db = setup.database().orElseThrow();
        assertEquals("pomuser", db.user());
        assertEquals("pompass", db.password());
        RetortSetup own = new RetortSetup(pom(file, null, "postgresql://app:urlpass@db:5432/app", "pomuser", "pompass"),
                Map.of("DB_PASSWORD", "filepass"));
        assertEquals("app", own.database().orElseThrow().user());
        assertEquals(java.util.Set.of("pompass", "filepass", "urlpass"), own.secrets());
    }

    @Test
    void placeholdersComeFromThePomThenTheEnvironmentThenTheFile() throws IOException {
        Path file = file("script_location = migrations\nplaceholders.name = file\nplaceholders.tier = file\n"
                + "placeholders.size = file\n");
        Files.createDirectories(dir.resolve("db/migrations/versions"));
        Files.writeString(dir.resolve("db/migrations/versions/a1_plans.sql"),
                "-- revision: a1\n\n-- upgrade\nINSERT INTO plans VALUES ('${name}', '${tier}', '${size}');\n\n-- downgrade\n");
        RetortSetup.PluginSettings pom = new RetortSetup.PluginSettings(dir, file, null, "jdbc:sqlite:app.db", null, null,
                null, null, null, null, null, null, null, List.of(), Map.of("name", "pom"));
        StringBuilder sql = new StringBuilder();
        try (var retort = new RetortSetup(pom, Map.of("RETORT_PLACEHOLDER_TIER", "env")).builder(false).build()) {
            retort.upgradeSql("head", sql);
        }
        assertTrue(sql.toString().contains("INSERT INTO plans VALUES ('pom', 'env', 'file');"), sql.toString());
    }

    @Test
    void missingScriptLocationIsOneClearLine() {
        RetortException e = assertThrows(RetortException.class,
                () -> new RetortSetup(pom(null, null, "jdbc:h2:mem:x", null, null), Map.of()).builder(true));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("no script location: set <scriptLocation> in the plugin's configuration, or script_location in"
                + " retort.properties (<configFile>)", e.getMessage());
    }

    @Test
    void aGoalThatNeedsTheDatabaseSaysWhereToPutTheUrl() {
        RetortException e = assertThrows(RetortException.class,
                () -> new RetortSetup(pom(null, dir.resolve("m"), null, null, null), Map.of()).builder(true));
        assertEquals("no database URL: set <url> in the plugin's configuration, RETORT_URL or DATABASE_URL, or url in"
                + " retort.properties", e.getMessage());
    }
}
