package dev.retort.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package}: unpacks each archive the module built into an empty folder, as a user does, and
 * runs the quick start (examples/quickstart.sh: init, a SQL and a Java revision, upgrade head, current) on
 * SQLite with its {@code bin/retort}.
 */
class DistributionArchiveIT {
    private static final Path TARGET = Path.of(System.getProperty("retort.dist.dir", "target"));
    private static final String VERSION = System.getProperty("retort.version");
    private static final String PLATFORM = System.getProperty("retort.platform");

    /** The commands the start script and the tests' shell steps use; everything but {@code java}. */
    private static final List<String> TOOLS = List.of(
            "sh", "dirname", "readlink", "uname", "cksum", "cut", "find", "mkdir", "mv", "rm", "unzip", "cat");

    @TempDir Path temp;

    @Test
    void tarGzRunsTheQuickStartOnTheJavaOnPath() throws Exception {
        Path home = unpack(TARGET.resolve("retort-" + VERSION + ".tar.gz"), temp.resolve("tar"));
        quickStart(home, Map.of(), temp.resolve("tar-project"));
    }

    @Test
    void zipRunsTheQuickStartThroughASymlinkedScript() throws Exception {
        Path home = unpack(TARGET.resolve("retort-" + VERSION + ".zip"), temp.resolve("zip"));
        assertTrue(Files.isRegularFile(home.resolve("bin/retort.cmd")), "bin/retort.cmd");
        String cmd = Files.readString(home.resolve("bin/retort.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("\r\n"), "retort.cmd has Windows line endings");
        // As installed by a link from a folder on PATH, e.g. ln -s /opt/retort-VERSION/bin/retort ~/bin/retort.
        Path link = Files.createDirectories(temp.resolve("links")).resolve("retort");
        Files.createSymbolicLink(link, home.resolve("bin/retort"));
        quickStart(home, Map.of(), temp.resolve("zip-project"), link);
    }

    @Test
    void jlinkArchiveRunsTheQuickStartWithNoJavaInstalled() throws Exception {
        if (Boolean.getBoolean("retort.jlink.skip")) {
            return; // -Dretort.jlink.skip: the archive was not built
        }
        Path home = unpack(TARGET.resolve("retort-" + VERSION + "-" + PLATFORM + ".tar.gz"), temp.resolve("jlink"));
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "runtime/bin/java");
        Path tools = toolsWithoutJava(temp.resolve("tools"));
        Map<String, String> env = Map.of("PATH", tools.toString());
        String noJava = run(List.of("sh", "-c", "command -v java || echo none"), temp, env, null).output();
        assertEquals("none", noJava.strip(), "the test's PATH holds no java");
        quickStart(home, env, temp.resolve("jlink-project"));
    }

    private void quickStart(Path home, Map<String, String> env, Path project) throws Exception {
        quickStart(home, env, project, home.resolve("bin/retort"));
    }

    private void quickStart(Path home, Map<String, String> env, Path project, Path retort) throws Exception {
        Files.createDirectories(project);
        Path cache = temp.resolve("cache-" + project.getFileName());
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("XDG_CACHE_HOME", cache.toString());
        RetortRun runner = args -> {
            List<String> command = new ArrayList<>();
            command.add(retort.toString());
            command.addAll(args);
            Result result = run(command, project, environment, home);
            assertEquals(0, result.status(), () -> "retort " + String.join(" ", args) + "\n" + result.output());
            return result.output();
        };
        assertTrue(runner.run(List.of("--version")).contains("retort " + VERSION), "--version");
        // The start-up cache's class archive is recorded by a command, not by a version query that loads a tenth of it.
        assertFalse(hasClassDataArchive(cache), "no AppCDS archive recorded by --version under " + cache);
        runner.run(List.of("init", "migrations"));
        runner.run(List.of("revision", "-m", "create account table", "--rev-id", "1975ea83b712", "--format", "sql"));
        Files.writeString(project.resolve("migrations/versions/1975ea83b712_create_account_table.sql"), """
                -- revision: 1975ea83b712
                -- message: create account table

                -- upgrade
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    name VARCHAR(50) NOT NULL,
                    description VARCHAR(200)
                );

                -- downgrade
                DROP TABLE account;
                """);
        runner.run(List.of("revision", "-m", "add last transaction date", "--rev-id", "ae1027a6acf0"));
        // A Java revision: compiled at run time, so the runtime needs jdk.compiler.
        Files.writeString(project.resolve("migrations/versions/ae1027a6acf0_add_last_transaction_date.java"), """
                import static dev.retort.Ddl.*;

                import dev.retort.Migration;
                import dev.retort.Op;
                import dev.retort.Revision;

                @Revision(id = "ae1027a6acf0", revises = "1975ea83b712", message = "add last transaction date")
                class AddLastTransactionDate implements Migration {
                    @Override
                    public void upgrade(Op op) {
                        op.addColumn("account", column("last_transaction_date", timestamp()));
                    }

                    @Override
                    public void downgrade(Op op) {
                        op.dropColumn("account", "last_transaction_date");
                    }
                }
                """);
        String upgrade = runner.run(List.of("upgrade", "head"));
        assertTrue(upgrade.contains("1975ea83b712") && upgrade.contains("ae1027a6acf0"), upgrade);
        assertTrue(Files.isRegularFile(project.resolve("retort.db")), "retort.db");
        String current = runner.run(List.of("current"));
        assertTrue(current.contains("ae1027a6acf0 (head)"), current);
        // The start-up cache: recorded by an earlier run, mapped by this one, which changes nothing.
        assertTrue(hasClassDataArchive(cache), "an AppCDS archive under " + cache);
        String again = runner.run(List.of("upgrade", "head"));
        assertFalse(again.contains("Running upgrade"), again);
        assertTrue(runner.run(List.of("current")).contains("ae1027a6acf0 (head)"));
        // A command maps the archive; a version query does not (mapping it costs a query about 20 ms): classes from
        // the recorded archive are logged as from "shared objects file (top)", the JDK's own as without "(top)".
        assertTrue(classesFromArchive(retort, home, environment, project, "current") > 100, "current maps the archive");
        assertEquals(0, classesFromArchive(retort, home, environment, project, "--version"), "--version maps no archive");
        // ... and maps the JDK's own archive where it was recorded, without relocating it (about 15 ms of its start).
        Map<String, String> flags = new java.util.HashMap<>(environment);
        flags.put("RETORT_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        String printed = run(List.of(retort.toString(), "--version"), project, flags, home).output();
        assertTrue(printed.lines().anyMatch(l -> l.matches("\\s*intx ArchiveRelocationMode\\s+= 0\\s.*")),
                "--version runs with -XX:ArchiveRelocationMode=0");
        // `upgrade head` is parsed without picocli; an archive it records still holds picocli's classes (the recording
        // run loads them), so a command parsed by picocli, such as `branches`, finds them there.
        try (var files = Files.walk(cache)) {
            for (Path archive : files.filter(p -> p.getFileName().toString().equals("retort.jsa")).toList()) {
                Files.delete(archive);
            }
        }
        runner.run(List.of("upgrade", "head"));
        assertTrue(hasClassDataArchive(cache), "an AppCDS archive recorded by upgrade head under " + cache);
        long picocli = classesFromArchive(retort, home, environment, project, "branches", "picocli.");
        assertTrue(picocli > 100, "picocli classes from an archive recorded by upgrade head: " + picocli);
    }

    /** How many classes a run of {@code retort ARG} took from the recorded class-data archive. */
    private long classesFromArchive(Path retort, Path home, Map<String, String> env, Path project, String arg)
            throws Exception {
        return classesFromArchive(retort, home, env, project, arg, "");
    }

    /** How many classes named {@code prefix...} a run of {@code retort ARG} took from the recorded archive. */
    private long classesFromArchive(Path retort, Path home, Map<String, String> env, Path project, String arg,
            String prefix) throws Exception {
        Path log = temp.resolve("class-load-" + project.getFileName() + "-" + arg.replace("-", "") + ".log");
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("RETORT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Result result = run(List.of(retort.toString(), arg), project, environment, home);
        assertEquals(0, result.status(), result.output());
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("source: shared objects file (top)") && l.contains("] " + prefix)).count();
        }
    }

    private static boolean hasClassDataArchive(Path cache) throws IOException {
        try (var files = Files.walk(cache)) {
            return files.anyMatch(p -> p.getFileName().toString().equals("retort.jsa"));
        }
    }

    /** Unpacks with the tools users have (tar keeps modes; so does unzip), into an empty folder. */
    private Path unpack(Path archive, Path into) throws Exception {
        assertTrue(Files.isRegularFile(archive), "built: " + archive);
        Files.createDirectories(into);
        List<String> command = archive.toString().endsWith(".zip")
                ? List.of("unzip", "-q", archive.toString(), "-d", into.toString())
                : List.of("tar", "-xzf", archive.toString(), "-C", into.toString());
        Result result = run(command, into, Map.of(), null);
        assertEquals(0, result.status(), result.output());
        Path home = into.resolve("retort-" + VERSION);
        try (var top = Files.list(into)) {
            assertEquals(List.of(home), top.toList(), "one top folder, retort-VERSION");
        }
        assertTrue(Files.isExecutable(home.resolve("bin/retort")), "bin/retort is executable");
        assertTrue(Files.isRegularFile(home.resolve("lib/retort.jar")), "lib/retort.jar");
        assertPicocliClassesAreNotOld(home.resolve("lib/retort.jar"));
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"), "LICENSE");
        assertTrue(Files.isRegularFile(home.resolve("README.md")), "README.md");
        return home;
    }

    /**
     * retort-cli's build rewrites picocli's Java 5 classes (PicocliFrames): JDK 17's AppCDS archive leaves out
     * classes older than major version 50, which bin/retort's archive would otherwise miss on every start.
     */
    private static void assertPicocliClassesAreNotOld(Path jar) throws IOException {
        int classes = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    byte[] header = zip.getInputStream(entry).readNBytes(8);
                    int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                    assertTrue(major >= 50, entry.getName() + " has class file major version " + major);
                    classes++;
                }
            }
        }
        assertTrue(classes > 100, "picocli's classes in lib/retort.jar: " + classes);
    }

    /** A folder of links to the commands the scripts need, found on this machine's PATH, and no java. */
    private static Path toolsWithoutJava(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String tool : TOOLS) {
            for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
                Path candidate = Path.of(entry, tool);
                if (Files.isExecutable(candidate)) {
                    Files.createSymbolicLink(dir.resolve(tool), candidate.toRealPath());
                    break;
                }
            }
        }
        return dir;
    }

    private static Result run(List<String> command, Path dir, Map<String, String> env, Path home)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        if (env.containsKey("PATH")) {
            environment.remove("JAVA_HOME"); // "no Java installed": neither on PATH nor through JAVA_HOME
        }
        environment.putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int status, String output) {}

    @FunctionalInterface
    private interface RetortRun {
        String run(List<String> args) throws Exception;
    }
}
