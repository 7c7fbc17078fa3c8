package dev.retort.cli.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An end-to-end script: commands with their expected exit status and output, file checks and edits.
 * The syntax is described in {@code src/test/resources/e2e/README.md}.
 */
record E2eScript(String name, List<Step> steps) {

    /** One step of a script; {@code line} is where it starts, for messages. */
    sealed interface Step permits Run, Check, Edit, Compile {
        int line();

        /** The dialects the step applies to; empty means all. A {@code !} prefix excludes. */
        Set<String> only();
    }

    /** {@code $ retort ARGS} with its {@code > exit N}, {@code > line} and {@code ! line} expectations. */
    record Run(int line, Set<String> only, String command, int exit, List<String> out, List<String> err, String program)
            implements Step {
        /** The script's {@value #DEPLOY}: run by bash, its {@code RETORT} a JVM running this class path's Retort. */
        static final String DEPLOY = "deploy-migrate.sh";

        Run(int line, Set<String> only, String command, int exit, List<String> out, List<String> err) {
            this(line, only, command, exit, out, err, "retort");
        }
    }

    /** {@code ? exists PATH}, {@code ? absent PATH}, {@code ? contains PATH TEXT}. */
    record Check(int line, Set<String> only, String kind, String path, String text) implements Step {
    }

    /** {@code @ write|append|replace PATH} ... {@code @ end}; {@code @ delete PATH} (a file or a folder), alone. */
    record Edit(int line, Set<String> only, String kind, String path, List<String> body) implements Step {
    }

    /** {@code $ javac PATH...}: compiles Java sources in place, each class next to its source. */
    record Compile(int line, Set<String> only, List<String> sources) implements Step {
    }

    static boolean applies(Step step, String dialect) {
        if (step.only().isEmpty()) {
            return true;
        }
        boolean excluding = step.only().stream().allMatch(s -> s.startsWith("!"));
        return excluding ? !step.only().contains("!" + dialect) : step.only().contains(dialect);
    }

    static E2eScript parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            int number = i + 1;
            String raw = lines.get(i++);
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            Set<String> only = Set.of();
            String line = raw;
            if (line.startsWith("[")) {
                int close = line.indexOf("] ");
                if (close < 0) {
                    throw error(name, number, "'[dialects]' must be followed by a space and a step");
                }
                only = Set.of(line.substring(1, close).split("[,\\s]+"));
                line = line.substring(close + 2);
            }
            if (line.startsWith("$ retort") || line.startsWith("$ " + Run.DEPLOY)) {
                String program = line.startsWith("$ retort") ? "retort" : Run.DEPLOY;
                int exit = 0;
                List<String> out = new ArrayList<>();
                List<String> err = new ArrayList<>();
                while (i < lines.size() && (lines.get(i).startsWith(">") || lines.get(i).startsWith("!"))) {
                    String expectation = lines.get(i++);
                    String body = expectation.length() > 2 ? expectation.substring(2) : "";
                    if (expectation.startsWith("> exit ")) {
                        exit = Integer.parseInt(expectation.substring("> exit ".length()).trim());
                    } else if (expectation.startsWith(">")) {
                        out.add(body);
                    } else {
                        err.add(body);
                    }
                }
                steps.add(new Run(number, only, line.substring(2 + program.length()).trim(), exit, out, err, program));
            } else if (line.startsWith("$ javac ")) {
                steps.add(new Compile(number, only, List.of(line.substring("$ javac ".length()).trim().split("\\s+"))));
            } else if (line.startsWith("? ")) {
                String[] parts = line.substring(2).split(" ", 3);
                if (parts.length < 2 || !Set.of("exists", "absent", "contains").contains(parts[0])
                        || parts[0].equals("contains") && parts.length < 3) {
                    throw error(name, number, "expected '? exists PATH', '? absent PATH' or '? contains PATH TEXT'");
                }
                steps.add(new Check(number, only, parts[0], parts[1], parts.length > 2 ? parts[2] : null));
            } else if (line.startsWith("@ ")) {
                String[] parts = line.substring(2).split(" ", 2);
                if (parts.length < 2 || !Set.of("write", "append", "replace", "delete").contains(parts[0])) {
                    throw error(name, number, "expected '@ write PATH', '@ append PATH', '@ replace PATH' or '@ delete PATH'");
                }
                if (parts[0].equals("delete")) {
                    steps.add(new Edit(number, only, parts[0], parts[1], List.of()));
                    continue;
                }
                List<String> body = new ArrayList<>();
                while (i < lines.size() && !lines.get(i).equals("@ end")) {
                    body.add(lines.get(i++));
                }
                if (i++ >= lines.size()) {
                    throw error(name, number, "'@ " + parts[0] + "' without '@ end'");
                }
                steps.add(new Edit(number, only, parts[0], parts[1], body));
            } else {
                throw error(name, number, "unexpected line: " + raw);
            }
        }
        return new E2eScript(name, steps);
    }

    private static IllegalArgumentException error(String name, int line, String problem) {
        return new IllegalArgumentException(name + ":" + line + ": " + problem);
    }
}
