package dev.retort.cli.e2e;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in {@code src/test/resources/e2e/*.txt} against every database of {@link Databases#dialects()},
 * each run in a fresh folder. Tagged {@code engine}: it needs the real {@code Retort} facade.
 */
class EndToEndTest {

    @TestFactory
    Stream<DynamicNode> scripts() throws IOException, URISyntaxException {
        List<DynamicNode> containers = new ArrayList<>();
        for (String name : scriptNames()) {
            String text = read(name);
            E2eScript script = E2eScript.parse(name, text);
            // "# disabled: why" as the first line skips a script whose feature is not merged yet.
            String disabled = text.startsWith("# disabled:") ? text.lines().findFirst().orElseThrow() : null;
            List<DynamicNode> perDatabase = new ArrayList<>();
            for (String dialect : dialects(text)) {
                perDatabase.add(DynamicTest.dynamicTest(dialect, () -> {
                    Assumptions.assumeTrue(disabled == null, disabled);
                    run(script, dialect);
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(name, perDatabase));
        }
        return containers.stream();
    }

    /**
     * {@link Databases#dialects()}, plus those a {@code # also on: mariadb,h2} line among the script's first
     * comment lines adds (a deploy-path script that must hold on a database whose DDL commits at once).
     */
    static List<String> dialects(String text) {
        List<String> dialects = new ArrayList<>(Databases.dialects());
        text.lines().takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith("# also on:"))
                .flatMap(l -> java.util.Arrays.stream(l.substring("# also on:".length()).split(",")))
                .map(String::strip).filter(d -> !d.isEmpty() && !dialects.contains(d)).forEach(dialects::add);
        return dialects;
    }

    /** Runs one script against one database in a new temporary folder, removed afterwards. */
    static void run(E2eScript script, String dialect) throws IOException {
        Path dir = Files.createTempDirectory("retort-e2e-");
        try (TestDatabase db = Databases.open(dialect, dir)) {
            new E2eRunner(dir, dialect, Databases.env(db), Map.of("dir", dir.toString(), "db", dialect)).run(script);
        } finally {
            deleteTree(dir);
        }
    }

    static List<String> scriptNames() throws IOException, URISyntaxException {
        Path folder = Path.of(EndToEndTest.class.getResource("/e2e").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            String only = System.getProperty("e2e.scripts", "");
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .filter(n -> only.isBlank() || List.of(only.split(",")).contains(n)).sorted().toList();
        }
    }

    static String read(String name) throws IOException {
        try (InputStream in = EndToEndTest.class.getResourceAsStream("/e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
