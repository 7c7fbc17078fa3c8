package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.error.ScriptException;
import dev.retort.script.StatementSplitter.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final Path FILE = Path.of("versions", "ab12_grant.sql");
    private static final Map<String, String> VALUES = Map.of("schema", "billing", "App.Role", "app_rw");

    private static String replace(String sql, SqlSyntax syntax) {
        return Placeholders.replace(FILE, Placeholders.mask(sql), 1, syntax, VALUES);
    }

    @Test
    void replacesInCodeStringsQuotedNamesAndDollarBodiesButNotComments() {
        assertEquals("GRANT SELECT ON billing.plans TO app_rw", replace("GRANT SELECT ON ${schema}.plans TO ${App.Role}",
                SqlSyntax.STANDARD));
        assertEquals("SELECT 'billing', \"billing\".x, $$ SELECT billing.f() $$",
                replace("SELECT '${schema}', \"${schema}\".x, $$ SELECT ${schema}.f() $$", SqlSyntax.STANDARD));
        assertEquals("SELECT 1 -- uses ${unset} /* and $${this} */", replace("SELECT 1 -- uses ${unset} /* and $${this} */",
                SqlSyntax.STANDARD));
        assertEquals("SELECT 1 # ${unset}", replace("SELECT 1 # ${unset}", new MariaDbDialect().sqlSyntax()));
    }

    @Test
    void namesMatchIgnoringCaseWhenNoExactOne() {
        assertEquals("billing app_rw", replace("${SCHEMA} ${app.role}", SqlSyntax.STANDARD));
        assertEquals("exact", Placeholders.replace(FILE, "${Schema}", 1, SqlSyntax.STANDARD,
                Map.of("schema", "lower", "Schema", "exact")));
    }

    @Test
    void doubledDollarIsALiteralPlaceholderEvenInsideADollarQuote() {
        assertEquals("SELECT '${schema}', ${x", replace("SELECT '$${schema}', ${x", SqlSyntax.STANDARD));
        String body = "CREATE FUNCTION f() RETURNS text AS $$ SELECT '$${not}' || '${schema}' $$ LANGUAGE sql;\nSELECT 1;";
        List<Statement> statements = StatementSplitter.split(Placeholders.mask(body), SqlSyntax.STANDARD);
        assertEquals(2, statements.size());
        assertEquals("CREATE FUNCTION f() RETURNS text AS $$ SELECT '${not}' || 'billing' $$ LANGUAGE sql",
                Placeholders.replace(FILE, statements.get(0).sql(), 1, SqlSyntax.STANDARD, VALUES));
    }

    @Test
    void anUndefinedPlaceholderNamesTheScriptAndLine() {
        ScriptException e = assertThrows(ScriptException.class, () -> Placeholders.replace(FILE,
                "INSERT INTO t\n  -- ${ignored}\n  VALUES ('${tenant}')", 7, SqlSyntax.STANDARD, VALUES));
        assertEquals(9, e.line());
        assertEquals(FILE + ":9: undefined placeholder ${tenant}; set it with -x tenant=VALUE, 'placeholders.tenant = "
                + "VALUE' in retort.properties or RETORT_PLACEHOLDER_TENANT (write $${ for a literal ${)", e.getMessage());
        ScriptException bad = assertThrows(ScriptException.class, () -> replace("SELECT `${a+b}`", SqlSyntax.STANDARD));
        assertEquals(FILE + ":1: '${a+b}' is not a placeholder name (letters, digits, _ . -); write $${ for a literal ${",
                bad.getMessage());
    }

    @Test
    void sqlScriptsReplaceFromTheArgumentsBeforeTheFirstStatementRuns() {
        SqlMigration m = SqlMigration.parse(FILE, """
                -- revision: ab12

                -- upgrade
                CREATE SCHEMA ${schema};
                CREATE TABLE ${schema}.t (note text DEFAULT '$${kept}');
                INSERT INTO ${schema}.t VALUES ('${missing}');

                -- downgrade
                DROP SCHEMA ${schema};
                """);
        assertEquals(List.of(new Statement("CREATE SCHEMA ${schema}", 4),
                new Statement("CREATE TABLE ${schema}.t (note text DEFAULT '$${kept}')", 5),
                new Statement("INSERT INTO ${schema}.t VALUES ('${missing}')", 6)), m.upgradeStatements());
        assertEquals(List.of(new Statement("DROP SCHEMA billing", 9)), m.downgradeStatements(SqlSyntax.STANDARD, VALUES));
        RecordingOp op = new RecordingOp(VALUES);
        ScriptException e = assertThrows(ScriptException.class, () -> m.upgrade(op));
        assertEquals(6, e.line());
        assertEquals(List.of(), op.executed);
    }
}
