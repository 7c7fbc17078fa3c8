package dev.retort.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Retort;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command loads each script once: {@code upgrade}'s lint and then its run share the parsed SQL and the compiled
 * Java classes, and what is missing is asked for in one call.
 */
class LoadedOnceTest {
    @TempDir
    Path dir;

    @Test
    void asksItsSourceOnceForEachRevisionAndForWhatIsMissingTogether() {
        List<List<String>> asked = new ArrayList<>();
        MigrationSource counting = revisions -> {
            asked.add(revisions.stream().map(RevisionNode::id).toList());
            Map<String, LoadedMigration> out = new LinkedHashMap<>();
            revisions.forEach(r -> out.put(r.id(), new LoadedMigration(new Nothing(), r.id(), true, "sum-" + r.id(), 0, 0)));
            return out;
        };
        LoadedOnce once = new LoadedOnce(counting);

        Map<String, LoadedMigration> first = once.load(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a")));
        Map<String, LoadedMigration> second = once.load(List.of(RevisionNode.of("b", "a"), RevisionNode.of("c", "b")));

        assertEquals(List.of(List.of("a", "b"), List.of("c")), asked);
        assertSame(first.get("b"), second.get("b"));
        assertEquals(List.of("b", "c"), List.copyOf(second.keySet()), "in the order asked");
    }

    @Test
    void upgradeRunsTheJavaClassesItsLintCompiledWithoutDefiningThemAgain() throws Exception {
        String counter = "retort.test.loadedOnce." + System.nanoTime();
        javaScript("a00000000001", null, counter, "CREATE TABLE plan (id INT)");
        javaScript("a00000000002", "a00000000001", counter, "CREATE TABLE price (id INT)");
        String url = "jdbc:sqlite:" + dir.resolve("app.db");

        try (Retort retort = Retort.builder().scriptLocation(dir).url(url).cacheDir(dir.resolve("cache")).build()) {
            retort.lint("base:head");
            retort.upgrade("head");
        }

        assertEquals("2", System.getProperty(counter), "each script's class initialised once, by the lint's load");
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('plan', 'price')")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    /** A script whose class counts its initialisations in the system property {@code counter}. */
    private void javaScript(String id, String revises, String counter, String sql) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions/" + id + "_x.java"), "import dev.retort.*;\n\n"
                + "@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"") + ", message = \"x\")\n"
                + "class X" + id + " implements Migration {\n"
                + "    static {\n"
                + "        System.setProperty(\"" + counter + "\", String.valueOf(Integer.getInteger(\"" + counter + "\", 0) + 1));\n"
                + "    }\n\n"
                + "    public void upgrade(Op op) {\n        op.execute(\"" + sql + "\");\n    }\n\n"
                + "    public void downgrade(Op op) {\n    }\n}\n");
    }

    private static final class Nothing implements Migration {
        @Override
        public void upgrade(Op op) {
        }

        @Override
        public void downgrade(Op op) {
        }
    }
}
