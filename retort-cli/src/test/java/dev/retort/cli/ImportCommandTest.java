package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort import} in process, on SQLite: a database the other tool migrated (its tables and version table
 * made here as that tool leaves them), one import command, then Retort continues. The README's walk-throughs
 * themselves run in {@code e2e.WalkthroughTest}, against databases Alembic and Flyway migrated; the round trips
 * against both tools are in retort-import.
 */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void comingFromAlembic() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("alembic/versions"));
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n"
                + "sqlalchemy.url = sqlite:///app.db\n");
        Files.writeString(versions.resolve("1975ea83b712_create_plans.py"), """
                \"""create plans

                Revision ID: 1975ea83b712
                Revises:
                Create Date: 2025-11-20 09:12:44.120391

                \"""
                from alembic import op
                import sqlalchemy as sa

                revision = '1975ea83b712'
                down_revision = None
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.create_table('plans',
                        sa.Column('id', sa.Integer(), primary_key=True),
                        sa.Column('name', sa.String(50), nullable=False),
                        sa.Column('monthly_token_limit', sa.Integer(), nullable=False),
                    )


                def downgrade():
                    op.drop_table('plans')
                """);
        Files.writeString(versions.resolve("523dbb60ecfe_update_free_plan_tokens_to_10000.py"), """
                \"""update free plan tokens to 10000

                Revision ID: 523dbb60ecfe
                Revises: 1975ea83b712
                Create Date: 2025-11-24 14:30:00.000000

                \"""
                from alembic import op

                revision = '523dbb60ecfe'
                down_revision = '1975ea83b712'
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.execute("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'")


                def downgrade():
                    op.execute("UPDATE plans SET monthly_token_limit = 2000 WHERE name = 'free'")
                """);
        sql("CREATE TABLE plans (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, monthly_token_limit INTEGER NOT NULL)",
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO alembic_version VALUES ('523dbb60ecfe')");

        CliRun run = CliRun.run(dir, "import", "alembic", "alembic.ini");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                Importing alembic/versions/1975ea83b712_create_plans.py -> migrations/versions/1975ea83b712_create_plans.java ... translated
                Importing alembic/versions/523dbb60ecfe_update_free_plan_tokens_to_10000.py -> migrations/versions/523dbb60ecfe_update_free_plan_tokens_to_10000.java ... translated
                Generating retort.properties ... done
                2 files: 2 translated, 0 partly, 0 not, 0 skipped
                """, run.out());
        assertEquals("""
                # Imported from Alembic (alembic.ini) by retort import alembic
                script_location = migrations
                version_table = alembic_version
                url = sqlite:///app.db
                """, Files.readString(dir.resolve("retort.properties")));
        assertEquals("523dbb60ecfe (head)\n", CliRun.run(dir, "current").out());
        assertEquals("""
                1975ea83b712 -> 523dbb60ecfe (head), update free plan tokens to 10000
                <base> -> 1975ea83b712, create plans
                """, CliRun.run(dir, "history").out());
        CliRun revision = CliRun.run(dir, "revision", "-m", "add phone", "--rev-id", "0a1b2c3d4e5f", "--format", "sql");
        assertEquals(0, revision.status(), revision.err());
        Path script = dir.resolve("migrations/versions/0a1b2c3d4e5f_add_phone.sql");
        Files.writeString(script, Files.readString(script).replaceFirst("(?m)^-- upgrade\\n.*$",
                "-- upgrade\nALTER TABLE plans ADD COLUMN phone VARCHAR(20);").replaceFirst("(?m)^-- downgrade\\n.*$",
                "-- downgrade\nALTER TABLE plans DROP COLUMN phone;"));
        CliRun upgrade = CliRun.run(dir, "upgrade", "head");
        assertEquals(0, upgrade.status(), upgrade.err());
        assertTrue(upgrade.err().contains("\nRunning upgrade 523dbb60ecfe -> 0a1b2c3d4e5f, add phone"), upgrade.err());
        assertEquals("0a1b2c3d4e5f (head)\n", CliRun.run(dir, "current").out());
    }

    @Test
    void comingFromFlyway() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(scripts.resolve("V1__create_plans.sql"),
                "CREATE TABLE plans (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n");
        Files.writeString(scripts.resolve("V2__add_limit.sql"), "ALTER TABLE plans ADD COLUMN monthly_token_limit INTEGER;\n");
        Files.writeString(scripts.resolve("U2__add_limit.sql"), "ALTER TABLE plans DROP COLUMN monthly_token_limit;\n");
        Files.writeString(scripts.resolve("R__plan_view.sql"), "CREATE VIEW plan_names AS SELECT name FROM plans;\n");
        sql("CREATE TABLE plans (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, monthly_token_limit INTEGER)",
                "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), "
                        + "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, "
                        + "checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT, execution_time INT NOT NULL, "
                        + "success BOOLEAN NOT NULL)",
                "INSERT INTO flyway_schema_history VALUES (1, '1', 'create plans', 'SQL', 'V1__create_plans.sql', 1, 'ci', '', 5, 1)",
                "INSERT INTO flyway_schema_history VALUES (2, '2', 'add limit', 'SQL', 'V2__add_limit.sql', 2, 'ci', '', 5, 1)");

        CliRun run = CliRun.run(dir, "--url", "sqlite:///app.db", "import", "flyway", "db/migration");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                Importing db/migration/V1__create_plans.sql -> migrations/versions/v1_create_plans.sql ... translated
                Importing db/migration/V2__add_limit.sql -> migrations/versions/v2_add_limit.sql ... translated
                Importing db/migration/R__plan_view.sql -> migrations/repeatable/plan_view.sql ... translated
                Generating retort.properties ... done
                3 files: 3 translated, 0 partly, 0 not, 0 skipped
                Stamped the database at v2 (Flyway's last successful version)
                """, run.out());
        assertEquals("v2 (head)\n", CliRun.run(dir, "--url", "sqlite:///app.db", "current").out());
        CliRun down = CliRun.run(dir, "--url", "sqlite:///app.db", "downgrade", "-1");
        assertEquals(0, down.status(), down.err());
        assertEquals("v1\n", CliRun.run(dir, "--url", "sqlite:///app.db", "current").out());
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
