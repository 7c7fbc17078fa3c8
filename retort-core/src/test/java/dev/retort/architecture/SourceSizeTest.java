package dev.retort.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main source files of every module stay under {@value #MAX_FILE_LINES} lines and their methods under
 * {@value #MAX_METHOD_LINES}: a file holds one job, a method one step (STYLE.md). Methods are found by their
 * layout (a signature line ending in {@code {}, closed by a brace at the same indentation), which is how the
 * code base is formatted.
 */
class SourceSizeTest {
    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    private static final Pattern SIGNATURE = Pattern.compile(
            "^\\s+(?:(?:public|private|protected|static|final|default|synchronized|abstract|<[^>]+>)\\s+)*"
                    + "[\\w<>\\[\\],.? ]+\\s+\\w+\\s*\\([^;]*\\{\\s*$");
    private static final Pattern CONTROL = Pattern.compile(
            "^\\s*(if|for|while|switch|catch|return|else|try|new|throw|do)\\b.*|.*\\b(record|class|interface|enum)\\s+\\w+.*");

    @Test
    void mainFilesAndMethodsStaySmall() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() > MAX_FILE_LINES) {
                over.add(file + ": " + lines.size() + " lines");
            }
            over.addAll(longMethods(file, lines));
        }
        assertTrue(over.isEmpty(), "over " + MAX_FILE_LINES + " lines a file or " + MAX_METHOD_LINES
                + " a method:\n" + String.join("\n", over));
    }

    @Test
    void findsALongMethod() {
        List<String> lines = new ArrayList<>(List.of("class A {", "    void run(int a) {"));
        for (int i = 0; i < MAX_METHOD_LINES; i++) {
            lines.add("        a++;");
        }
        lines.add("    }");
        lines.add("}");
        assertEquals(1, longMethods(Path.of("A.java"), lines).size());
        assertEquals(0, longMethods(Path.of("A.java"), lines.subList(0, 10)).size());
    }

    static List<String> longMethods(Path file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!SIGNATURE.matcher(line).matches() || CONTROL.matcher(line).matches()) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            int end = i + 1;
            while (end < lines.size() && !(lines.get(end).startsWith(indent + "}"))) {
                end++;
            }
            int length = end - i + 1;
            if (length > MAX_METHOD_LINES) {
                found.add(file + ":" + (i + 1) + ": method of " + length + " lines: " + line.strip());
            }
            i = end;
        }
        return found;
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(LayeringTest.repo())) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> walk = Files.walk(main)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                }
            }
        }
        files.sort(null);
        return files;
    }
}
