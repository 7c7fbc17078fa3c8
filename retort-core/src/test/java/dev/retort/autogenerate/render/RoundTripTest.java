package dev.retort.autogenerate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.Migration;
import dev.retort.autogenerate.JavaRenderer;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.DropTable;
import dev.retort.op.Operation;
import dev.retort.script.Script;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptLoader;
import dev.retort.script.ScriptWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered code, compiled inside a migration written by {@link ScriptWriter} and run against a recording
 * {@code Op}, builds operations equal to those rendered (after {@link JavaRenderer#normalize}), for every case.
 * All cases compile in one compiler call.
 */
class RoundTripTest {
    @TempDir
    static Path tmp;

    private static final Map<String, Migration> migrations = new LinkedHashMap<>();

    @BeforeAll
    static void compileEveryCase() {
        Path versions = tmp.resolve("versions");
        ScriptWriter writer = new ScriptWriter(null);
        JavaRenderer renderer = new JavaRenderer();
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Operation>> c : RenderCases.all().entrySet()) {
            String id = String.format("case%08d", n++);
            ids.add(id);
            List<Operation> ops = c.getValue();
            writer.write(versions, ScriptFormat.JAVA, new ScriptHeader(id, List.of(), List.of(), List.of(), c.getKey(),
                    "2026-11-25T10:00:00Z", true, 0), renderer.imports(ops), renderer.render(ops, ""), "");
        }
        List<Script> scripts = ScriptDirectory.open(tmp, List.of()).scripts();
        Map<String, Migration> loaded = new ScriptLoader(null).load(scripts);
        int i = 0;
        for (String name : RenderCases.all().keySet()) {
            migrations.put(name, loaded.get(ids.get(i++)));
        }
    }

    static List<String> cases() {
        return List.copyOf(RenderCases.all().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRenderedCodeBuildsTheSameOperations(String name) throws Exception {
        RecordingOp op = new RecordingOp();
        migrations.get(name).upgrade(op);
        List<Operation> expected = RenderCases.all().get(name).stream().map(JavaRenderer::normalize).toList();
        assertEquals(expected, op.operations);
    }

    @Test
    void normalizingDropsOnlyWhatServesTheReverse() throws Exception {
        Operation drop = new DropColumn(null, "users", "phone", null);
        assertEquals(drop, JavaRenderer.normalize(new DropColumn(null, "users", "phone",
                dev.retort.schema.Column.of("phone", dev.retort.schema.ColumnType.varchar(20)))));
        DropTable withEnum = (DropTable) RenderCases.all().get("drop_table_with_enum").get(0);
        assertEquals(withEnum, JavaRenderer.normalize(withEnum));
        assertNull(((DropTable) JavaRenderer.normalize(new DropTable(null, "t", RenderCases.orders()))).definition());
        AlterColumn alter = (AlterColumn) RenderCases.all().get("alter_column").get(0);
        assertEquals(alter, JavaRenderer.normalize(alter));
        assertNotEquals(null, alter.existing());
        String text = Files.readString(ScriptDirectory.open(tmp, List.of()).scripts().get(0).path());
        assertEquals(true, text.contains("import static dev.retort.Ddl.*;\n\n@Revision"), text);
    }
}
