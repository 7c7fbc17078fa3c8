package dev.retort.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.GraphFormat;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code history --graph} and {@code graph --format mermaid|dot} pinned in
 * {@code src/test/resources/graph/<history>.<txt|mmd|dot>}; {@code -Dretort.golden.update=true} rewrites them.
 */
class RevisionDrawingTest {
    private static final Path GOLDEN = Path.of("src/test/resources/graph");

    static Stream<Arguments> histories() {
        List<Arguments> cases = new ArrayList<>();
        for (GraphFormat format : GraphFormat.values()) {
            for (String name : HISTORIES.keySet()) {
                cases.add(Arguments.of(name, format));
            }
        }
        return cases.stream();
    }

    private static final Map<String, List<RevisionNode>> HISTORIES = Map.of(
            "linear", List.of(RevisionNode.of("a1"), RevisionNode.of("a2", "a1"), RevisionNode.of("a3", "a2")),
            "branched", List.of(RevisionNode.of("a1"), RevisionNode.of("a2", "a1"), RevisionNode.of("b1", "a1"),
                    RevisionNode.of("b2", "b1"), RevisionNode.of("c1", "a1")),
            "merged", List.of(RevisionNode.of("a1"), RevisionNode.of("a2", "a1"), RevisionNode.of("b1", "a1"),
                    RevisionNode.of("a3", "a2"), RevisionNode.of("m1", "a3", "b1"), RevisionNode.of("m2", "m1")),
            "multibase", List.of(RevisionNode.of("a1"), RevisionNode.of("a2", "a1"),
                    new RevisionNode("x1", List.of(), List.of(), Set.of("audit"), null), RevisionNode.of("x2", "x1"),
                    RevisionNode.of("m1", "a2", "x2")),
            "depends_on", List.of(RevisionNode.of("a1"), RevisionNode.of("a2", "a1"),
                    new RevisionNode("n1", List.of(), List.of(), Set.of("networking"), null),
                    new RevisionNode("n2", List.of("n1"), List.of("a2"), Set.of(), null),
                    new RevisionNode("a3", List.of("a2"), List.of("networking"), Set.of(), null)));

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("histories")
    void drawingMatchesGoldenFile(String name, GraphFormat format) throws IOException {
        RevisionGraph graph = RevisionGraph.of(HISTORIES.get(name));
        Set<String> current = Set.of(graph.heads().get(0).id());
        String drawn = RevisionDrawing.draw(graph, format, id -> "message of " + id, current);
        String ext = switch (format) {
            case TEXT -> "txt";
            case MERMAID -> "mmd";
            case DOT -> "dot";
        };
        Path file = GOLDEN.resolve(name + "." + ext);
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.writeString(file, drawn);
        }
        assertEquals(Files.readString(file), drawn, file.toString());
    }

    @Test
    void everyRevisionDrawnOnceWithItsLane() {
        RevisionGraph graph = RevisionGraph.of(HISTORIES.get("merged"));
        String drawn = RevisionDrawing.draw(graph, GraphFormat.TEXT, id -> null, Set.of());
        assertEquals(6, drawn.lines().filter(l -> l.contains("*")).count(), drawn);
        assertTrue(drawn.lines().anyMatch(l -> l.startsWith("|\\")), "the merge opens a lane:\n" + drawn);
        assertTrue(drawn.lines().anyMatch(l -> l.startsWith("|/")), "the branches meet at a1:\n" + drawn);
    }

    /** 10,000 revisions with a side branch every 50: linear work, far under the guard on a shared 2-core machine. */
    @Test
    void tenThousandRevisionsAreDrawnInLinearWork() {
        List<RevisionNode> nodes = new ArrayList<>();
        nodes.add(RevisionNode.of("r0"));
        for (int i = 1; i < 10_000; i++) {
            String parent = "r" + (i - 1);
            nodes.add(i % 50 == 0 ? RevisionNode.of("r" + i, parent, "s" + (i - 25)) : RevisionNode.of("r" + i, parent));
            if (i % 50 == 25) {
                nodes.add(RevisionNode.of("s" + i, parent));
            }
        }
        RevisionGraph graph = RevisionGraph.of(nodes);
        String drawn = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String text = "";
            for (GraphFormat format : GraphFormat.values()) {
                text = RevisionDrawing.draw(graph, format, id -> "m", Set.of()) + text;
            }
            return text;
        });
        assertEquals(10_000, drawn.lines().filter(l -> l.matches("[| ]*\\* [| ]*r\\d+ .*")).count(), "every revision has its line");
        assertEquals(200, drawn.lines().filter(l -> l.matches("[| ]*\\* [| ]*s\\d+ .*")).count(), "every side revision too");
        assertTrue(drawn.toLowerCase(Locale.ROOT).contains("flowchart"));
    }
}
