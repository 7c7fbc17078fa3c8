package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Differential check against the real Alembic (Debian's python3-alembic, through bench/alembic-oracle/oracle.py):
 * random graphs, the same upgrade/downgrade/stamp commands through both, compared on the revisions run and
 * the version rows. Skipped where /usr/bin/python3 cannot import alembic. Every difference must fall in one
 * of the documented classes (README, "Alembic compatibility"); the tally is printed.
 */
class AlembicOracleTest {
    private static final Path ORACLE = Path.of("..", "bench", "alembic-oracle", "oracle.py");
    private static final int GRAPHS = 300;
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

    @Test
    void sameStepsAndRowsAsAlembic() throws Exception {
        assumeTrue(Files.exists(ORACLE) && alembicInstalled(), "python3-alembic is not installed");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", ORACLE.toString());
        builder.environment().put("PYTHONHASHSEED", "0");
        Process oracle = builder.start();
        Map<String, Integer> tally = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        try (Writer in = new OutputStreamWriter(oracle.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(oracle.getInputStream(), StandardCharsets.UTF_8))) {
            Random random = new Random(0xA1E3B1CL);
            for (int round = 0; round < GRAPHS; round++) {
                List<RevisionNode> nodes = RandomGraphs.generate(random, 14);
                if (nodes.isEmpty()) {
                    continue;
                }
                for (String[] command : commands(nodes, random)) {
                    in.write(request(nodes, command));
                    in.flush();
                    String verdict = compare(nodes, command, out.readLine());
                    tally.merge(verdict.startsWith("MISMATCH") ? "MISMATCH" : verdict, 1, Integer::sum);
                    if (verdict.startsWith("MISMATCH") && mismatches.size() < 10) {
                        mismatches.add(verdict + RandomGraphs.describe(nodes));
                    }
                }
            }
        } finally {
            oracle.destroy();
        }
        System.out.println("Alembic differential: " + tally);
        assertEquals(List.of(), mismatches);
    }

    private static boolean alembicInstalled() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import alembic").start();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A few commands from a consistent state: {command, target, start rows...}. */
    private static List<String[]> commands(List<RevisionNode> nodes, Random random) {
        Planner planner = new Planner(RevisionGraph.of(nodes));
        List<String> ids = nodes.stream().map(RevisionNode::id).sorted().toList();
        List<String> labels = nodes.stream().flatMap(n -> n.branchLabels().stream()).sorted().toList();
        Set<String> rows = planner.upgrade(Set.of(), ids.get(random.nextInt(ids.size()))).endHeads();
        rows = planner.upgrade(rows, ids.get(random.nextInt(ids.size()))).endHeads();
        String id = ids.get(random.nextInt(ids.size()));
        String other = ids.get(random.nextInt(ids.size()));
        String label = labels.isEmpty() ? null : labels.get(random.nextInt(labels.size()));
        List<String> targets = new ArrayList<>(List.of("up heads", "up " + id, "up +1", "up +2", "up -1", "up " + id + "+1",
                "up " + id + "-1", "up base+1", "down base", "down " + id, "down -1", "down -2", "down +1",
                "down " + id + "-1", "down " + id + "@" + other, "stamp " + id, "stamp heads", "stamp base"));
        if (label != null) {
            targets.addAll(List.of("up " + label, "up " + label + "@head", "up " + label + "@+1", "up " + label + "@head-1",
                    "down " + label + "@base", "down " + label + "@" + other, "down " + label + "@-1",
                    "down " + label + "@head-1", "down " + label + "@base+2", "stamp " + label + "@base",
                    "stamp " + label + "@head"));
        }
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String[] words = targets.get(random.nextInt(targets.size())).split(" ");
            List<String> command = new ArrayList<>(List.of(words));
            command.addAll(new java.util.TreeSet<>(rows));
            out.add(command.toArray(new String[0]));
        }
        return out;
    }

    private static String request(List<RevisionNode> nodes, String[] command) {
        StringBuilder json = new StringBuilder("{\"graph\": [");
        for (int i = 0; i < nodes.size(); i++) {
            RevisionNode n = nodes.get(i);
            json.append(i > 0 ? ", " : "").append("{\"id\": \"").append(n.id()).append("\", \"revises\": ")
                    .append(array(n.revises())).append(", \"deps\": ").append(array(fullIds(nodes, n.dependsOn())))
                    .append(", \"labels\": ").append(array(new ArrayList<>(n.branchLabels()))).append('}');
        }
        String cmd = switch (command[0]) {
            case "up" -> "upgrade";
            case "down" -> "downgrade";
            default -> "stamp";
        };
        List<String> rows = List.of(command).subList(2, command.length);
        return json.append("], \"cmd\": \"").append(cmd).append("\", \"target\": \"").append(command[1])
                .append("\", \"heads\": ").append(array(rows)).append("}\n").toString();
    }

    /** Alembic 1.8 resolves depends_on by id or label only (a partial id fails with KeyError): give it full ids. */
    private static List<String> fullIds(List<RevisionNode> nodes, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(nodes.stream().map(RevisionNode::id).filter(id -> id.startsWith(name)).findFirst().orElse(name));
        }
        return out;
    }

    private static String array(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? ", " : "").append('"').append(values.get(i)).append('"');
        }
        return out.append(']').toString();
    }

    /** A verdict: "same", an allowed class of difference, or "MISMATCH ..." with the details. */
    private static String compare(List<RevisionNode> nodes, String[] command, String answer) {
        Planner planner = new Planner(RevisionGraph.of(nodes));
        Set<String> rows = Set.copyOf(List.of(command).subList(2, command.length));
        String what = command[0] + " " + command[1] + " from " + rows + ": alembic " + answer + ", retort ";
        Set<String> steps;
        Set<String> end;
        try {
            if (command[0].equals("stamp")) {
                steps = null;
                end = planner.stamp(rows, command[1], false);
            } else {
                Plan plan = command[0].equals("up") ? planner.upgrade(rows, command[1]) : planner.downgrade(rows, command[1]);
                steps = new HashSet<>(Graphs.stepIds(plan));
                end = plan.endHeads();
            }
        } catch (RetortException e) {
            if (answer.contains("\"error\"")) {
                return crashed(answer) ? "alembic crashes, retort refuses" : "both refuse";
            }
            if (e instanceof MultipleHeadsException && command[1].matches("-[0-9]+")) {
                return "retort refuses -N from several rows";
            }
            return "MISMATCH " + what + e.getMessage();
        }
        if (answer.contains("\"error\"")) {
            if (crashed(answer)) {
                return "alembic crashes, retort plans";
            }
            if (answer.contains("not a valid downgrade target") && steps != null && steps.isEmpty()) {
                return "alembic refuses a no-op downgrade";
            }
            if (command[0].equals("stamp") && answer.contains("Can't locate revision")) {
                return "retort reads a stamp target alembic cannot";
            }
            return "MISMATCH " + what + steps + " " + end;
        }
        int split = answer.indexOf("\"heads\"");
        Set<String> alembicRows = strings(answer.substring(split));
        if (steps != null) {
            Set<String> alembicSteps = new HashSet<>(strings(answer.substring(0, split)));
            alembicSteps.removeAll(Set.of("up", "down"));
            if (!alembicSteps.equals(steps)) {
                return "MISMATCH " + what + steps + " " + end;
            }
        }
        if (alembicRows.equals(end)) {
            return "same";
        }
        if (planner.applied(alembicRows).equals(planner.applied(end))) {
            return "alembic leaves an implied row";
        }
        if (command[1].equals("heads") && planner.applied(end).size() == nodes.size()) {
            return "alembic's stamp heads drops a head";
        }
        return "MISMATCH " + what + steps + " " + end;
    }

    private static boolean crashed(String answer) {
        return !answer.contains("\"kind\": \"CommandError\"") && !answer.contains("\"kind\": \"RevisionError\"")
                && !answer.contains("\"kind\": \"MultipleHeads\"") && !answer.contains("\"kind\": \"ResolutionError\"")
                && !answer.contains("\"kind\": \"RangeNotAncestorError\"");
    }

    private static Set<String> strings(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = STRING.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        out.remove("heads");
        out.remove("steps");
        return out;
    }
}
