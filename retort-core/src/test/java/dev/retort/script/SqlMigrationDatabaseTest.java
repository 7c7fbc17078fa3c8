package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialects.Dialects;
import dev.retort.render.DefaultOp;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL scripts with trigger and routine bodies run through {@link SqlMigration} on real databases. */
class SqlMigrationDatabaseTest {

    private static final Path FILE = Path.of("versions", "a1_bodies.sql");

    @TempDir
    Path dir;

    @Test
    void sqliteTriggerFires() throws Exception {
        String script = """
                \uFEFF-- revision: a1
                -- upgrade
                CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, updated TEXT);
                /*
                -- downgrade
                */
                CREATE TRIGGER t_upd AFTER UPDATE OF name ON t
                BEGIN
                  UPDATE t SET updated = CASE WHEN NEW.name = 'x' THEN 'now; x' ELSE 'now; then' END WHERE id = NEW.id;
                END;
                -- downgrade
                DROP TRIGGER t_upd;
                DROP TABLE t;
                """;
        try (TestDatabase db = TestDatabases.sqlite(dir); Connection c = db.connect()) {
            SqlMigration m = SqlMigration.parse(FILE, script);
            DefaultOp op = DefaultOp.online(c, Dialects.forName(db.dialect()), Map.of());
            m.upgrade(op);
            exec(c, "INSERT INTO t (id, name) VALUES (1, 'a')");
            exec(c, "UPDATE t SET name = 'b' WHERE id = 1");
            assertEquals(List.of("now; then"), column(c, "SELECT updated FROM t"));
            m.downgrade(op);
        }
    }

    @Test
    void postgresBeginAtomicFunctionAndTrigger() throws Exception {
        String script = """
                -- revision: a1
                -- upgrade
                CREATE TABLE t (id int PRIMARY KEY, name text, updated text);
                INSERT INTO t VALUES (1, 'C:\\', NULL);
                CREATE FUNCTION two() RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT 1;
                  SELECT CASE WHEN true THEN 2 ELSE 3 END;
                END;
                CREATE FUNCTION t_upd() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.updated := 'now; then';
                  RETURN NEW;
                END $$;
                CREATE TRIGGER t_upd BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_upd();
                -- downgrade
                DROP TABLE t;
                DROP FUNCTION t_upd();
                DROP FUNCTION two();
                """;
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            SqlMigration m = SqlMigration.parse(FILE, script);
            DefaultOp op = DefaultOp.online(c, Dialects.forName(db.dialect()), Map.of());
            m.upgrade(op);
            assertEquals(List.of("2"), column(c, "SELECT two()"));
            assertEquals(List.of("C:\\"), column(c, "SELECT name FROM t"));
            exec(c, "UPDATE t SET name = 'b'");
            assertEquals(List.of("now; then"), column(c, "SELECT updated FROM t"));
            m.downgrade(op);
        }
    }

    @Test
    void mariadbTriggerAndProcedure() throws Exception {
        String script = """
                -- revision: a1
                -- upgrade
                CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(50), updated VARCHAR(50));
                # a MySQL comment; with a semicolon and a quote '
                CREATE TRIGGER t_upd BEFORE UPDATE ON t FOR EACH ROW BEGIN SET NEW.updated = 'it\\'s; now'; END;
                CREATE PROCEDURE p1(x INT)
                BEGIN
                  IF x > 0 THEN
                    INSERT INTO t VALUES (x, 'pos', NULL);
                  ELSE
                    CASE x WHEN 0 THEN INSERT INTO t VALUES (100, 'zero', NULL);
                    ELSE INSERT INTO t VALUES (-x, 'neg', NULL);
                    END CASE;
                  END IF;
                END;
                DELIMITER //
                CREATE PROCEDURE p2()
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  WHILE i < 2 DO SET i = i + 1; END WHILE;
                  INSERT INTO t VALUES (200 + i, "two; \\"quoted\\"", NULL);
                END //
                DELIMITER ;
                -- downgrade
                DROP PROCEDURE p2;
                DROP PROCEDURE p1;
                DROP TABLE t;
                """;
        try (TestDatabase db = TestDatabases.mariadb(); Connection c = db.connect()) {
            SqlMigration m = SqlMigration.parse(FILE, script);
            DefaultOp op = DefaultOp.online(c, Dialects.forName(db.dialect()), Map.of());
            m.upgrade(op);
            exec(c, "CALL p1(1)");
            exec(c, "CALL p1(0)");
            exec(c, "CALL p1(-5)");
            exec(c, "CALL p2()");
            assertEquals(List.of("1 pos", "5 neg", "100 zero", "202 two; \"quoted\""),
                    column(c, "SELECT CONCAT(id, ' ', name) FROM t ORDER BY id"));
            exec(c, "UPDATE t SET name = 'b' WHERE id = 1");
            assertEquals(List.of("it's; now"), column(c, "SELECT updated FROM t WHERE id = 1"));
            m.downgrade(op);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
