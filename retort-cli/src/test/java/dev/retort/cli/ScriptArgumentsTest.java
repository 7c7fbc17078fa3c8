package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a SQL script's placeholders come from, and which source wins: -x, then the environment, then the file. */
class ScriptArgumentsTest {
    @TempDir
    Path dir;

    private String upgradeSql(Map<String, String> env, String... x) throws Exception {
        String[] args = new String[x.length * 2 + 3];
        for (int i = 0; i < x.length; i++) {
            args[2 * i] = "-x";
            args[2 * i + 1] = x[i];
        }
        args[args.length - 3] = "upgrade";
        args[args.length - 2] = "head";
        args[args.length - 1] = "--sql";
        CliRun run = CliRun.run(dir, env, args);
        assertEquals(0, run.status(), run.err());
        return run.out().lines().filter(l -> l.startsWith("INSERT INTO plans")).findFirst().orElseThrow();
    }

    @Test
    void minusXBeatsTheEnvironmentWhichBeatsTheFile() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), """
                script_location = migrations
                url = jdbc:sqlite:app.db
                placeholders.name = from_file
                placeholders.tier = file_tier
                placeholders.Tokens = 1
                """);
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/a1_plans.sql"), """
                -- revision: a1

                -- upgrade
                INSERT INTO plans VALUES ('${name}', '${tier}', ${tokens});

                -- downgrade
                """);
        assertEquals("INSERT INTO plans VALUES ('from_file', 'file_tier', 1);", upgradeSql(Map.of()));
        Map<String, String> env = Map.of("RETORT_PLACEHOLDER_NAME", "from_env", "RETORT_PLACEHOLDER_TOKENS", "2",
                "PLACEHOLDER_TIER", "not_ours");
        assertEquals("INSERT INTO plans VALUES ('from_env', 'file_tier', 2);", upgradeSql(env));
        assertEquals("INSERT INTO plans VALUES ('from_x', 'file_tier', 3);", upgradeSql(env, "NAME=from_x", "tokens=3"));
    }
}
