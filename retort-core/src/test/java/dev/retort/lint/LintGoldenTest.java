package dev.retort.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import dev.retort.Retort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full {@code retort lint} output for a sample PostgreSQL history (SQL and Java scripts, every rule, allows used
 * and unused; a reasonless allow is in LintRulesTest), pinned in {@code src/test/resources/lint/sample.txt}; {@code -Dretort.golden.update=true}
 * rewrites it. No database is reached: the dialect comes from the URL.
 */
class LintGoldenTest {
    private static final Path SAMPLE = Path.of("src/test/resources/lint/sample").toAbsolutePath();

    @TempDir
    Path cache;

    @Test
    void sampleHistoryLintsAsPinned() throws Exception {
        LintResult result;
        try (Retort retort = Retort.builder().scriptLocation(SAMPLE).url("jdbc:postgresql://127.0.0.1:1/none")
                .cacheDir(cache).build()) {
            result = retort.lint(null);
        }
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(f.format(SAMPLE)));
        result.unusedAllows().forEach(f -> lines.add(f.format(SAMPLE)));
        lines.add("silenced: " + result.silenced().stream().map(LintFinding::rule).toList());
        String text = String.join("\n", lines) + "\n";
        Path golden = SAMPLE.resolveSibling("sample.txt");
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.writeString(golden, text);
        }
        assertEquals(Files.readString(golden), text);
    }
}
