package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.script.StatementSplitter.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlMigrationTest {

    private static final Path FILE = Path.of("versions", "ab12_add.sql");
    private static final String TEXT = """
            -- revision: ab12
            -- message: add phone

            -- upgrade
            ALTER TABLE a ADD phone text;
            -- a comment between statements
            UPDATE a SET phone = 'n/a; unknown'
              WHERE phone IS NULL;

            -- downgrade
            ALTER TABLE a DROP phone;
            """;

    @Test
    void statementsCarryTheFileLines() {
        SqlMigration m = SqlMigration.parse(FILE, TEXT);
        assertEquals("ab12", m.revision());
        assertEquals(List.of(new Statement("ALTER TABLE a ADD phone text", 5),
                new Statement("UPDATE a SET phone = 'n/a; unknown'\n  WHERE phone IS NULL", 7)), m.upgradeStatements());
        assertEquals(List.of(new Statement("ALTER TABLE a DROP phone", 11)), m.downgradeStatements());
    }

    @Test
    void runsEachSectionThroughOp() {
        SqlMigration m = SqlMigration.parse(FILE, TEXT);
        RecordingOp up = new RecordingOp();
        m.upgrade(up);
        assertEquals(List.of("ALTER TABLE a ADD phone text", "UPDATE a SET phone = 'n/a; unknown'\n  WHERE phone IS NULL"),
                up.executed);
        RecordingOp down = new RecordingOp();
        m.downgrade(down);
        assertEquals(List.of("ALTER TABLE a DROP phone"), down.executed);
    }

    @Test
    void aFailingStatementIsReportedWithItsFileAndLine() {
        SqlMigration m = SqlMigration.parse(FILE, TEXT);
        RecordingOp op = new RecordingOp("UPDATE");
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> m.upgrade(op));
        assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
        assertEquals("ab12", e.revision());
        assertEquals("UPDATE a SET phone = 'n/a; unknown'\n  WHERE phone IS NULL", e.sql());
        assertEquals(FILE + ":7: relation \"nope\" does not exist", e.getMessage());
        assertEquals(List.of("ALTER TABLE a ADD phone text"), op.executed);
    }

    @Test
    void emptyDowngradeDoesNothing() {
        SqlMigration m = SqlMigration.parse(FILE, "-- revision: ab12\n-- upgrade\nSELECT 1;\n-- downgrade\n-- nothing to undo\n");
        RecordingOp op = new RecordingOp();
        m.downgrade(op);
        assertEquals(List.of(), op.executed);
    }

    @Test
    void splitsWithTheLexingOfTheDialectItRunsOn() {
        SqlMigration m = SqlMigration.parse(FILE, "\uFEFF-- revision: ab12\n-- upgrade\n"
                + "INSERT INTO t VALUES ('it\\'s; here'); # note; really\nSELECT 2;\n-- downgrade\n");
        RecordingOp maria = new RecordingOp();
        maria.dialect = "mariadb";
        m.upgrade(maria);
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; here')", "SELECT 2"), maria.executed);
        RecordingOp pg = new RecordingOp();
        pg.dialect = "postgresql";
        m.upgrade(pg);
        assertEquals("INSERT INTO t VALUES ('it\\'s", pg.executed.get(0));
        assertEquals(List.of(new Statement("INSERT INTO t VALUES ('it\\'s; here')", 3), new Statement("SELECT 2", 4)),
                m.upgradeStatements(new MariaDbDialect().sqlSyntax()));
    }
}
