package dev.retort.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import dev.retort.Retort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java scripts as lint reads them: {@code @Allow(rule, reason)} silences its rule (and is reported when it silences
 * nothing or gives no reason); a downgrade that needs the live table (SQLite's rebuild) is not an empty one.
 */
class JavaScriptLintTest {
    @TempDir
    Path dir;

    @Test
    void allowAnnotationSilencesItsRuleAndUnusedOnesAreReported() throws Exception {
        script("a00000000001", null, "", "op.execute(\"CREATE TABLE plan (id INT)\");", "op.dropTable(\"plan\");");
        script("a00000000002", "a00000000001", "@Allow(rule = \"drop-table\", reason = \"plan is unread since 2.3\")\n",
                "op.dropTable(\"plan\");", "op.execute(\"CREATE TABLE plan (id INT)\");");
        assertEquals(List.of(), rules(lint().findings()));
        assertEquals(List.of("a00000000002 drop-table"), rules(lint().silenced()));

        script("a00000000002", "a00000000001", "@Allow(rule = \"drop-table\", reason = \"\")\n"
                + "@Allow(rule = \"rename-table\", reason = \"nothing renamed\")\n",
                "op.dropTable(\"plan\");", "op.execute(\"CREATE TABLE plan (id INT)\");");
        LintResult result = lint();
        assertEquals(List.of("a00000000002 drop-table"), rules(result.findings()));
        assertEquals(List.of(
                "versions/a00000000002_x.java:4: warning [unused-allow] @Allow(rule = \"drop-table\") gives no reason, so it silences nothing",
                "versions/a00000000002_x.java:5: warning [unused-allow] @Allow(rule = \"rename-table\") silences nothing in this script"),
                result.unusedAllows().stream().map(f -> f.format(dir).lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void aSqliteDowngradeThatRebuildsTheTableIsNotEmpty() throws Exception {
        script("a00000000001", null, "", "op.execute(\"CREATE TABLE users (id INT, phone VARCHAR(20))\");",
                "op.dropTable(\"users\");");
        script("a00000000002", "a00000000001", "", "op.execute(\"UPDATE users SET phone = NULL WHERE id = 0\");",
                "op.dropColumn(\"users\", \"phone\");");
        assertEquals(List.of(), rules(lint("jdbc:sqlite:" + dir.resolve("unused.db")).findings()));
    }

    private LintResult lint() {
        return lint("jdbc:postgresql://127.0.0.1:1/none");
    }

    private LintResult lint(String url) {
        try (Retort retort = Retort.builder().scriptLocation(dir).url(url).cacheDir(dir.resolve("cache")).build()) {
            return retort.lint(null);
        }
    }

    private static List<String> rules(List<LintFinding> findings) {
        return findings.stream().map(f -> f.revision() + " " + f.rule()).toList();
    }

    private void script(String id, String revises, String annotations, String up, String down) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/" + id + "_x.java"), "import dev.retort.*;\n\n"
                + "@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"") + ", message = \"x\")\n"
                + annotations + "class X" + id + " implements Migration {\n"
                + "    public void upgrade(Op op) {\n        op.execute(\"SET lock_timeout = '5s'\");\n        " + up + "\n    }\n\n"
                + "    public void downgrade(Op op) {\n        " + down + "\n    }\n}\n");
    }
}
