package dev.retort.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.migrate.LoadedMigration;
import dev.retort.script.Script;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptMigrationSourceTest {
    @TempDir
    Path dir;

    @Test
    void countsStatementsAsTheDatabaseItRunsOnSplitsThem() throws Exception {
        String text = "-- revision: ab12\n-- upgrade\nSELECT 1; # a; b\nSELECT 2;\n-- downgrade\nSELECT 3;\n";
        Path file = Files.writeString(dir.resolve("ab12_x.sql"), text);
        Script script = ScriptDirectory.ofFiles(dir, List.of(file)).script("ab12").orElseThrow();
        SqlMigration sql = SqlMigration.parse(file, text);

        LoadedMigration maria = ScriptMigrationSource.loaded(sql, script, new MariaDbDialect().sqlSyntax());
        LoadedMigration postgres = ScriptMigrationSource.loaded(sql, script, new PostgresDialect().sqlSyntax());

        assertEquals(2, maria.upgradeStatements(), "# starts a comment on MariaDB");
        assertEquals(3, postgres.upgradeStatements(), "# is no comment on PostgreSQL: '# a' and 'b SELECT 2'");
        assertEquals(1, maria.downgradeStatements());
        assertEquals(1, postgres.downgradeStatements());
    }
}
