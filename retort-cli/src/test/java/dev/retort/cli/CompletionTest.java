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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script the build writes ({@link Completion}), sourced in a real bash: commands, options, and the
 * project's revision ids and labels for TARGET arguments (through a {@code retort} on the PATH).
 */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsOptionsRevisionsAndLabels() throws Exception {
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

        assertEquals(List.of("upgrade"), complete(script, project, bin, "retort", "upg"));
        assertTrue(complete(script, project, bin, "retort", "upgrade", "--lo").contains("--lock-timeout"));
        List<String> targets = complete(script, project, bin, "retort", "upgrade", "");
        assertTrue(targets.containsAll(List.of("1975ea83b712", "accounts@head", "head", "heads", "base")), targets.toString());
        assertEquals(List.of("1975ea83b712"), complete(script, project, bin, "retort", "show", "19"));
        assertTrue(complete(script, project, bin, "retort", "sta").containsAll(List.of("stamp", "status")));
    }

    /** COMPREPLY for the words, the last being completed, in a bash that sourced {@code script}. */
    private static List<String> complete(Path script, Path cwd, Path bin, String... words) throws IOException,
            InterruptedException {
        String array = Arrays.stream(words).map(w -> "'" + w + "'").collect(Collectors.joining(" "));
        String line = String.join(" ", words);
        String bash = "source '" + script + "'\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=" + line.length()
                + "\n_complete_retort_with_revisions retort\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", bash).directory(cwd.toFile()).redirectErrorStream(false);
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("RETORT_URL");
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return out.lines().filter(l -> !l.isBlank()).distinct().toList();
    }
}
