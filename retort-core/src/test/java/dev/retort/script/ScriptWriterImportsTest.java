package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ${imports}} of Java templates: where autogenerate's imports go, in old templates too. */
class ScriptWriterImportsTest {
    @TempDir
    Path tmp;

    private static final ScriptHeader HEADER = new ScriptHeader("ab12cd34ef56", List.of(), List.of(), List.of(),
            "add phone", "2026-11-25T10:00:00Z", true, 0);
    private static final List<String> IMPORTS = List.of("import java.util.List;", "import static dev.retort.Ddl.*;");

    @Test
    void theBuiltInTemplatePutsThemAfterItsOwnImports() {
        String text = new ScriptWriter(null).render(ScriptFormat.JAVA, HEADER, IMPORTS, "op.x();", "");
        assertTrue(text.startsWith("import dev.retort.Migration;\nimport dev.retort.Op;\nimport dev.retort.Revision;\n"
                + "import java.util.List;\nimport static dev.retort.Ddl.*;\n\n@Revision("), text);
    }

    @Test
    void withoutImportsTheLineDisappears() {
        String text = new ScriptWriter(null).render(ScriptFormat.JAVA, HEADER, List.of(), "op.x();", "");
        assertEquals(new ScriptWriter(null).render(ScriptFormat.JAVA, HEADER, "op.x();", ""), text);
        assertTrue(text.contains("import dev.retort.Revision;\n\n@Revision("), text);
    }

    @Test
    void aTemplateWithoutThePlaceholderGetsThemAfterItsLastImport() throws IOException {
        Files.writeString(tmp.resolve(ScriptTemplates.fileName(ScriptFormat.JAVA)), """
                import dev.retort.*;
                import static dev.retort.Ddl.*;

                @Revision(id = "${id}"${revises})
                class ${class_name} implements Migration {
                    public void upgrade(Op op) {
                ${upgrade}
                    }
                    public void downgrade(Op op) {
                ${downgrade}
                    }
                }
                """);
        String text = new ScriptWriter(tmp).render(ScriptFormat.JAVA, HEADER, IMPORTS, "op.x();", "");
        assertTrue(text.startsWith("import dev.retort.*;\nimport static dev.retort.Ddl.*;\nimport java.util.List;\n\n@Revision"),
                text);
    }

    @Test
    void aClassNamedLikeAnImportedTypeIsRenamed() {
        ScriptHeader header = new ScriptHeader("ab12cd34ef56", List.of(), List.of(), List.of(), "rename table", "", true, 0);
        String text = new ScriptWriter(null).render(ScriptFormat.JAVA, header,
                List.of("import dev.retort.op.RenameTable;"), "", "");
        assertTrue(text.contains("class RenameTableMigration implements Migration"), text);
    }

    @Test
    void sqlScriptsIgnoreThem() {
        String text = new ScriptWriter(null).render(ScriptFormat.SQL, HEADER, IMPORTS, "SELECT 1;", "");
        assertEquals(new ScriptWriter(null).render(ScriptFormat.SQL, HEADER, "SELECT 1;", ""), text);
    }
}
