package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's "Coming from Alembic" and "Coming from Flyway" walk-throughs, run as written: every {@code $ }
 * line of their {@code console} blocks (with its here-document) runs in bash, in order, {@code retort} being this
 * build's CLI, in a copy of {@code src/test/resources/walkthrough/<tool>} whose database the tool itself migrated
 * (Debian's python3-alembic, Flyway from Maven Central). Each output line the README shows must be among the
 * lines its command printed ({@code (12 ms)} matching any duration). {@code export RETORT_URL=...} points at the
 * test's database instead of the README's.
 */
class WalkthroughTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern HEREDOC = Pattern.compile("<<-?'?(\\w+)'?");

    record Command(String text, List<String> expected) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void comingFromAlembic(String dialect) throws Exception {
        assumeTrue(TestDatabases.ci() || Files.isExecutable(PYTHON) && alembicInstalled(), "python3-alembic is missing");
        walk("Coming from Alembic", "alembic", dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void comingFromFlyway(String dialect) throws Exception {
        walk("Coming from Flyway", "flyway", dialect);
    }

    private void walk(String section, String tool, String dialect) throws Exception {
        List<Command> commands = commands(section);
        assertTrue(commands.size() >= 5, section + " has too few commands: " + commands);
        Path dir = Files.createTempDirectory("retort-walk-");
        try (TestDatabase db = dialect.equals("sqlite") ? null : TestDatabases.of(dialect, dir)) {
            copy(Path.of(WalkthroughTest.class.getResource("/walkthrough/" + tool).toURI()), dir);
            String url = db == null ? "jdbc:sqlite:app.db" : Databases.urlWithCredentials(db);
            if (tool.equals("alembic")) {
                alembicUpgrade(dir, db);
            } else {
                Flyway.configure().dataSource(db == null ? "jdbc:sqlite:" + dir.resolve("app.db") : db.url(),
                        db == null ? null : db.user(), db == null ? null : db.password())
                        .locations("filesystem:" + dir.resolve("src/main/resources/db/migration")).load().migrate();
            }
            List<List<String>> outputs = run(dir, commands, url);
            for (int i = 0; i < commands.size(); i++) {
                List<String> actual = outputs.get(i).stream().map(WalkthroughTest::normalize).toList();
                for (String line : commands.get(i).expected()) {
                    assertTrue(actual.contains(normalize(line)), section + " [" + dialect + "]: $ "
                            + commands.get(i).text() + "\nthe README shows: " + line + "\nthe command printed:\n"
                            + String.join("\n", outputs.get(i)));
                }
            }
        } finally {
            EndToEndTest.deleteTree(dir);
        }
    }

    /** The commands of the section's console blocks, each with the output lines shown after it. */
    static List<Command> commands(String section) throws IOException {
        List<String> lines = readme().lines().toList();
        int start = lines.indexOf("### " + section);
        assertTrue(start >= 0, "README.md has no section '### " + section + "'");
        List<Command> commands = new ArrayList<>();
        boolean inBlock = false;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock && line.equals("```console");
            } else if (inBlock && line.startsWith("$ ")) {
                StringBuilder text = new StringBuilder(line.substring(2));
                Matcher heredoc = HEREDOC.matcher(line);
                if (heredoc.find()) {
                    while (!lines.get(++i).equals(heredoc.group(1))) {
                        text.append('\n').append(lines.get(i));
                    }
                    text.append('\n').append(lines.get(i));
                }
                commands.add(new Command(text.toString(), new ArrayList<>()));
            } else if (inBlock && !commands.isEmpty()) {
                commands.get(commands.size() - 1).expected().add(line);
            }
        }
        return commands;
    }

    /** Runs the commands in one bash, stopping at the first failure; returns each command's output lines. */
    private static List<List<String>> run(Path dir, List<Command> commands, String url) throws Exception {
        Path bin = Files.createDirectories(dir.resolve(".bin"));
        Path launcher = bin.resolve("retort");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + E2eRunner.classPathWithoutLogging()
                + "' dev.retort.cli.Main \"$@\"\n");
        launcher.toFile().setExecutable(true);
        StringBuilder script = new StringBuilder("set -euo pipefail\nexec 2>&1\n");
        for (int i = 0; i < commands.size(); i++) {
            String text = commands.get(i).text();
            if (text.startsWith("export RETORT_URL=")) {
                text = "export RETORT_URL='" + url + "'";
            }
            script.append("echo '@@step ").append(i).append("'\n").append(text).append('\n');
        }
        Files.writeString(dir.resolve(".walk.sh"), script);
        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve(".walk.sh").toString()).directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("HOME", dir.toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(300, TimeUnit.SECONDS);
        assertTrue(ended && process.exitValue() == 0, "the walk-through stopped:\n" + output);
        List<List<String>> outputs = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith("@@step ")) {
                outputs.add(new ArrayList<>());
            } else if (!outputs.isEmpty()) {
                outputs.get(outputs.size() - 1).add(line);
            }
        }
        return outputs;
    }

    private static String normalize(String line) {
        return line.replaceAll("\\(\\d+ ms\\)", "(N ms)").stripTrailing();
    }

    /** Alembic migrates the walk-through's database: {@code python3 -m alembic upgrade head}. */
    private static void alembicUpgrade(Path dir, TestDatabase db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "alembic", "upgrade", "head")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        if (db != null) {
            String rest = db.url().substring("jdbc:postgresql://".length());
            pb.environment().put("ALEMBIC_URL", "postgresql+psycopg2://" + db.user() + "@"
                    + rest.substring(0, rest.indexOf('?')) + "?options=-csearch_path%3D" + db.name());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "alembic upgrade head failed:\n" + output);
    }

    private static boolean alembicInstalled() throws Exception {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import alembic, sqlalchemy, psycopg2")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String readme() throws IOException {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("README.md").resolveSibling("retort-core"))) {
            here = here.getParent();
        }
        assertTrue(here != null, "no README.md above " + System.getProperty("user.dir"));
        return Files.readString(here.resolve("README.md"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
