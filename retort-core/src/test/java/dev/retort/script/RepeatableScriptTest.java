package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.dialect.SqlSyntax;
import dev.retort.error.ScriptException;
import dev.retort.script.StatementSplitter.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepeatableScriptTest {
    @TempDir
    Path dir;

    @Test
    void theFolderSqlFilesByNameAndNoneWithoutTheFolder() throws Exception {
        assertEquals(List.of(), RepeatableScript.find(dir.resolve("repeatable")));
        Path folder = Files.createDirectories(dir.resolve("repeatable"));
        Files.writeString(folder.resolve("b_view.sql"), "SELECT 1;");
        Files.writeString(folder.resolve("a_function.sql"), "SELECT 2;");
        Files.writeString(folder.resolve("notes.txt"), "not a script");
        assertEquals(List.of("a_function", "b_view"), RepeatableScript.find(folder).stream().map(RepeatableScript::name).toList());
    }

    @Test
    void statementsFromTheFirstLineWithPlaceholdersReplaced() {
        RepeatableScript script = new RepeatableScript("plans", Path.of("repeatable/plans.sql"),
                "\uFEFF-- all plans\r\nDROP VIEW IF EXISTS plans_v;\r\nCREATE VIEW plans_v AS\r\n  SELECT * FROM ${schema}.plans;\r\n");
        assertEquals(List.of(new Statement("DROP VIEW IF EXISTS plans_v", 2),
                new Statement("CREATE VIEW plans_v AS\n  SELECT * FROM billing.plans", 3)),
                script.statements(SqlSyntax.STANDARD, Map.of("schema", "billing")));
        ScriptException e = assertThrows(ScriptException.class, () -> script.checksum(SqlSyntax.STANDARD, Map.of()));
        assertEquals("repeatable/plans.sql:4: undefined placeholder ${schema}; set it with -x schema=VALUE, "
                + "'placeholders.schema = VALUE' in retort.properties or RETORT_PLACEHOLDER_SCHEMA (write $${ for a literal ${)",
                e.getMessage());
    }

    @Test
    void theChecksumFollowsTheTextAndThePlaceholderValues() {
        RepeatableScript script = new RepeatableScript("v", Path.of("v.sql"), "CREATE VIEW v AS SELECT ${n};\n");
        String one = script.checksum(SqlSyntax.STANDARD, Map.of("n", "1"));
        assertEquals(one, script.checksum(SqlSyntax.STANDARD, Map.of("n", "1", "unused", "x")));
        assertEquals(one, new RepeatableScript("v", Path.of("v.sql"), "CREATE VIEW v AS SELECT ${n};\r\n")
                .checksum(SqlSyntax.STANDARD, Map.of("n", "1")), "CRLF is no edit");
        assertNotEquals(one, script.checksum(SqlSyntax.STANDARD, Map.of("n", "2")));
        assertNotEquals(one, new RepeatableScript("v", Path.of("v.sql"), "CREATE VIEW v AS SELECT ${n}; -- edited\n")
                .checksum(SqlSyntax.STANDARD, Map.of("n", "1")));
    }
}
