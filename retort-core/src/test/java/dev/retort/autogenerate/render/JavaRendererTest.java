package dev.retort.autogenerate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.autogenerate.JavaRenderer;
import dev.retort.op.AddColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java each case renders to, pinned in {@code src/test/resources/autogenerate/render/<case>.java.txt}: the
 * imports, a blank line, the method body as a script holds it. Run with {@code -Dretort.golden.update=true} to
 * rewrite the files, then read the diff.
 */
class JavaRendererTest {
    private static final Path GOLDEN = Path.of("src/test/resources/autogenerate/render");
    static final String BODY_INDENT = "        ";

    static Stream<String> cases() {
        return RenderCases.all().keySet().stream();
    }

    static String rendered(List<Operation> operations) {
        JavaRenderer renderer = new JavaRenderer();
        return String.join("\n", renderer.imports(operations)) + "\n\n" + renderer.render(operations, BODY_INDENT) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsPinned(String name) throws IOException {
        String text = rendered(RenderCases.all().get(name));
        Path file = GOLDEN.resolve(name + ".java.txt");
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no golden file " + file + ")",
                text, () -> "rendered Java differs from " + file + "; -Dretort.golden.update=true rewrites it");
    }

    @Test
    void theSeedsExampleReadsAsAlembicWouldWriteIt() {
        Operation add = new AddColumn(null, "users", Column.of("phone", ColumnType.varchar(20)));
        JavaRenderer renderer = new JavaRenderer();
        assertEquals("op.addColumn(\"users\", column(\"phone\", varchar(20)));", renderer.render(List.of(add), ""));
        assertEquals("op.dropColumn(\"users\", \"phone\");", renderer.render(List.of(add.reverse().orElseThrow()), ""));
        assertEquals(List.of("import static dev.retort.Ddl.*;"), renderer.imports(List.of(add)));
        assertEquals(List.of(), renderer.imports(List.of(new DropColumn(null, "users", "phone", null))));
    }

    @Test
    void anEmptyListRendersNothing() {
        assertEquals("", new JavaRenderer().render(List.of(), BODY_INDENT));
        assertEquals(List.of(), new JavaRenderer().imports(List.of()));
    }

    @Test
    void notesBecomeCommentLines() {
        assertEquals("    // users.name -> users.full_name may be a rename\n    // line two\n    //",
                new JavaRenderer().comments(List.of("users.name -> users.full_name may be a rename\nline two", ""), "    "));
    }

    @Test
    void noRenderedLineIsLongerThanTheWidthUnlessOneLiteralIsAlone() {
        for (Map.Entry<String, List<Operation>> c : RenderCases.all().entrySet()) {
            for (String line : new JavaRenderer().render(c.getValue(), BODY_INDENT).split("\n")) {
                assertTrue(line.length() <= 100 || line.contains(RenderCases.TRICKY.substring(0, 4))
                        || line.strip().startsWith("\"") || line.contains("op.apply(new")
                        || line.contains("new ColumnType"), () -> c.getKey() + ": " + line.length() + " chars: " + line);
            }
        }
    }
}
