package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script the build writes ({@link Completion}), sourced in a real bash and a real zsh: commands, options, and the
 * project's revision ids and labels for TARGET arguments (through a {@code retort} on the PATH).
 */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsOptionsRevisionsAndLabels() throws Exception {
        Path script = fixture();
        assertEquals(List.of("upgrade"), complete(script, "retort", "upg"));
        assertTrue(complete(script, "retort", "upgrade", "--lo").contains("--lock-timeout"));
        List<String> targets = complete(script, "retort", "upgrade", "");
        assertTrue(targets.containsAll(List.of("1975ea83b712", "accounts@head", "head", "heads", "base")), targets.toString());
        assertEquals(List.of("1975ea83b712"), complete(script, "retort", "show", "19"));
        assertTrue(complete(script, "retort", "sta").containsAll(List.of("stamp", "status")));
    }

    /**
     * The same script in a real interactive zsh (on a pseudo-terminal, TAB pressed after the words): it loads
     * {@code bashcompinit} itself, and offers the same commands, options and revisions.
     */
    @Test
    void zshCompletesTheSame() throws Exception {
        boolean zsh = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "zsh")));
        Assumptions.assumeTrue(zsh || "true".equalsIgnoreCase(System.getenv("CI")), "no zsh on this machine");
        Path script = fixture();
        assertEquals(List.of("upgrade"), zsh(script, "retort upg"));
        assertEquals(List.of("--lock-timeout"), zsh(script, "retort upgrade --lo"));
        assertEquals(List.of("1975ea83b712", "accounts@head", "base", "head", "heads"), zsh(script, "retort upgrade "));
        assertEquals(List.of("1975ea83b712"), zsh(script, "retort show 19"));
        assertEquals(List.of("stamp", "status"), zsh(script, "retort sta"));
    }

    /**
     * The completion script the build writes, a project with one labelled revision ({@code project}), and a
     * {@code retort} on {@code bin} that runs this class path's CLI.
     */
    private Path fixture() throws IOException {
        Path script = dir.resolve("retort_completion");
        Completion.main(new String[] {script.toString()});
        Path project = Files.createDirectories(dir.resolve("project"));
        assertEquals(0, CliRun.run(project, "init", "-q", "migrations", "--format", "sql").status());
        assertEquals(0, CliRun.run(project, "revision", "-q", "-m", "first", "--rev-id", "1975ea83b712",
                "--branch-label", "accounts").status());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path retort = bin.resolve("retort");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("slf4j") && !e.contains("archunit")).collect(Collectors.joining(File.pathSeparator));
        Files.writeString(retort, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + classPath + "' dev.retort.cli.Main \"$@\"\n");
        assertTrue(retort.toFile().setExecutable(true));
        return script;
    }

    /** The matches zsh offers for {@code line} (TAB pressed at its end), sorted, through {@code zsh-complete.zsh}. */
    private List<String> zsh(Path script, String line) throws IOException, InterruptedException {
        Path driver = dir.resolve("zsh-complete.zsh");
        try (var in = CompletionTest.class.getResourceAsStream("zsh-complete.zsh")) {
            Files.write(driver, in.readAllBytes());
        }
        return shell(List.of("zsh", "-f", driver.toString(), script.toString(), line));
    }

    /** COMPREPLY for the words, the last being completed, in a bash that sourced {@code script}. */
    private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String array = Arrays.stream(words).map(w -> "'" + w + "'").collect(Collectors.joining(" "));
        String line = String.join(" ", words);
        String bash = "source '" + script + "'\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=" + line.length()
                + "\n_complete_retort_with_revisions retort\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        return shell(List.of("bash", "-c", bash));
    }

    /** Runs a shell in the project with {@code bin} first on PATH and no database URL; its distinct stdout lines. */
    private List<String> shell(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.resolve("project").toFile());
        pb.environment().put("PATH", dir.resolve("bin") + File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("RETORT_URL");
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), command + " did not end");
        assertEquals(0, p.exitValue(), err.join());
        return out.lines().map(String::strip).filter(l -> !l.isBlank()).distinct().toList();
    }
}
