package dev.retort.cli.e2e;

import dev.retort.cli.Main;
import dev.retort.cli.e2e.E2eScript.Check;
import dev.retort.cli.e2e.E2eScript.Edit;
import dev.retort.cli.e2e.E2eScript.Run;
import dev.retort.cli.e2e.E2eScript.Step;
import dev.retort.cli.e2e.Placeholders.Expectation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link E2eScript} in a folder of its own: each {@code $ retort} through {@link Main#run} in
 * this JVM, with {@code dir} as the working folder and {@code env} as the whole environment.
 */
final class E2eRunner {
    private static final String ANY_LINES = "...";

    private final Path dir;
    private final String dialect;
    private final Map<String, String> env;
    private final Placeholders placeholders;

    /**
     * @param variables given to the script, such as {@code dir} and {@code db}
     */
    E2eRunner(Path dir, String dialect, Map<String, String> env, Map<String, String> variables) {
        this.dir = dir;
        this.dialect = dialect;
        this.env = Map.copyOf(env);
        this.placeholders = new Placeholders(variables);
    }

    Placeholders placeholders() {
        return placeholders;
    }

    void run(E2eScript script) throws IOException {
        // Compile every expectation first, in script order, so {{id}} numbering follows the text.
        Map<Run, Compiled> compiled = new java.util.IdentityHashMap<>();
        for (Step step : script.steps()) {
            if (step instanceof Run run) {
                compiled.put(run, new Compiled(compileAll(run.out()), compileAll(run.err())));
            }
        }
        for (Step step : script.steps()) {
            if (!E2eScript.applies(step, dialect)) {
                continue;
            }
            String where = script.name() + ":" + step.line() + " [" + dialect + "]";
            if (step instanceof Run run) {
                run(where, run, compiled.get(run));
            } else if (step instanceof Check check) {
                check(where, check);
            } else if (step instanceof Edit edit) {
                edit(where, edit);
            } else if (step instanceof E2eScript.Compile compile) {
                compile(where, compile);
            }
        }
    }

    /** A command's expected stdout and stderr lines; a null entry stands for any number of lines. */
    private record Compiled(List<Expectation> out, List<Expectation> err) {
    }

    private List<Expectation> compileAll(List<String> lines) {
        List<Expectation> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.equals(ANY_LINES) ? null : placeholders.compile(line));
        }
        return out;
    }

    private void run(String where, Run run, Compiled expected) {
        String command = placeholders.expand(run.command());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        if (run.program().equals(Run.DEPLOY)) {
            status = deploy(Words.split(command), out, err);
        } else {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Main.run(Words.split(command).toArray(String[]::new), dir, env, o, e);
            }
        }
        List<String> actualOut = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> actualErr = err.toString(StandardCharsets.UTF_8).lines().toList();
        boolean outMatches = matches(expected.out(), 0, actualOut, 0);
        boolean errMatches = matches(expected.err(), 0, actualErr, 0);
        if (status != run.exit() || !outMatches || !errMatches) {
            throw new AssertionError(where + ": $ " + run.program() + " " + command + "\n"
                    + (status != run.exit() ? "exit status " + status + ", expected " + run.exit() + "\n" : "")
                    + section("expected stdout", run.out()) + section("actual stdout", actualOut)
                    + section("expected stderr", run.err()) + section("actual stderr", actualErr)
);
        }
    }

    /**
     * Runs the repository's {@code scripts/deploy-migrate.sh} with bash, its {@code RETORT} a launcher that runs
     * this class path's Retort in a JVM of its own, and the script's environment plus {@code PATH}.
     */
    private int deploy(List<String> args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        try {
            Path script = Path.of(System.getProperty("user.dir")).toAbsolutePath();
            while (script != null && !Files.exists(script.resolve("scripts/" + Run.DEPLOY))) {
                script = script.getParent();
            }
            if (script == null) {
                throw new AssertionError("no scripts/" + Run.DEPLOY + " above " + System.getProperty("user.dir"));
            }
            Path launcher = dir.resolve(".retort-launcher");
            Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                    + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + classPathWithoutLogging()
                    + "' dev.retort.cli.Main \"$@\"\n");
            launcher.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of("bash", script.resolve("scripts/" + Run.DEPLOY).toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            pb.environment().put("RETORT", launcher.toString());
            Process process = pb.start();
            var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            out.write(process.getInputStream().readAllBytes());
            err.write(stderr.join());
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(Run.DEPLOY + " did not end in 120 s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // The tests' class path holds SLF4J (through ArchUnit), which warns on stderr when it has no provider.
    static String classPathWithoutLogging() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j") && !entry.contains("archunit"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code actual[a..]} matches {@code expected[e..]}, where a null expectation is any number of lines. */
    private boolean matches(List<Expectation> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        Expectation next = expected.get(e);
        if (next == null) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && placeholders.matches(next, actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    private void check(String where, Check check) throws IOException {
        Path path = dir.resolve(placeholders.expand(check.path()));
        switch (check.kind()) {
            case "exists" -> {
                if (!Files.exists(path)) {
                    throw new AssertionError(where + ": expected " + path + " to exist; the folder holds " + listing(path.getParent()));
                }
            }
            case "absent" -> {
                if (Files.exists(path)) {
                    throw new AssertionError(where + ": expected " + path + " not to exist");
                }
            }
            default -> {
                String text = placeholders.expand(check.text());
                String content = Files.exists(path) ? Files.readString(path) : null;
                if (content == null || !content.contains(text)) {
                    throw new AssertionError(where + ": expected " + path + " to contain '" + text + "'; it holds:\n" + content);
                }
            }
        }
    }

    private void edit(String where, Edit edit) throws IOException {
        Path path = dir.resolve(placeholders.expand(edit.path()));
        List<String> body = edit.body().stream().map(placeholders::expand).toList();
        switch (edit.kind()) {
            case "write" -> {
                Files.createDirectories(path.getParent());
                Files.writeString(path, String.join("\n", body) + "\n");
            }
            case "append" -> Files.writeString(path, String.join("\n", body) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            case "delete" -> {
                if (!Files.exists(path)) {
                    throw new AssertionError(where + ": @ delete " + path + ": no such file");
                }
                EndToEndTest.deleteTree(path);
            }
            default -> {
                String old = String.join("\n", body.stream().filter(l -> l.startsWith("-")).map(l -> l.substring(Math.min(2, l.length()))).toList());
                String replacement = String.join("\n", body.stream().filter(l -> l.startsWith("+")).map(l -> l.substring(Math.min(2, l.length()))).toList());
                String content = Files.readString(path);
                if (!content.contains(old)) {
                    throw new AssertionError(where + ": " + path + " does not contain:\n" + old + "\nit holds:\n" + content);
                }
                Files.writeString(path, content.replace(old, replacement));
            }
        }
    }

    /** Compiles each source into its own folder, with the test's class path (Retort's model DSL, JPA annotations). */
    private void compile(String where, E2eScript.Compile compile) {
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        for (String source : compile.sources()) {
            Path file = dir.resolve(placeholders.expand(source));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = javac.run(null, err, err, "-proc:none", "-encoding", "UTF-8", "-d", file.getParent().toString(),
                    "-cp", System.getProperty("java.class.path"), file.toString());
            if (status != 0) {
                throw new AssertionError(where + ": $ javac " + source + " failed:\n" + err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    private static String section(String title, List<String> lines) {
        // Invisible characters shown, so that a line that looks right but is not says why.
        return "--- " + title + "\n" + (lines.isEmpty() ? "" : String.join("\n", lines.stream()
                .map(l -> l.replace("\r", "\\r").replace("\t", "\\t").replaceAll(" $", "\u2423")).toList()) + "\n");
    }

    private static String listing(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return "nothing (no such folder)";
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }
}
