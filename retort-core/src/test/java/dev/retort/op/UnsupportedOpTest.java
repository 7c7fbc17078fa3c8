package dev.retort.op;

import dev.retort.render.DefaultOp;
import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialects.Dialects;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operation a database cannot do fails naming the operation and the database, having run nothing. */
class UnsupportedOpTest {
    @TempDir
    Path dir;

    @Test
    void aPartialIndexOnMariaDbRunsNothing() throws Exception {
        try (TestDatabase db = TestDatabases.mariadb(); Connection c = db.connect()) {
            DefaultOp op = DefaultOp.online(c, Dialects.forName("mariadb"), Map.of());
            op.createTable("users", column("id", integer()).primaryKey(), column("email", varchar(40)));
            RetortException e = assertThrows(RetortException.class, () -> op.createIndex("ix_users_email", "users",
                    i -> i.columns("email").where("email IS NOT NULL")));
            assertEquals(ErrorCode.UNSUPPORTED, e.code());
            assertEquals("createIndex with a WHERE clause (a partial index) is not supported on mariadb: drop the "
                    + "where(...) on MariaDB, or index a generated column instead", e.getMessage());
            assertFalse(new LiveCatalog(c, Dialects.forName("mariadb")).indexes("users").containsKey("ix_users_email"));
        }
    }

    @Test
    void aBatchOnH2FailsBeforeItsFirstStatement() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); Connection c = db.connect()) {
            DefaultOp op = DefaultOp.online(c, Dialects.forName("h2"), Map.of());
            op.createTable("users", column("id", integer()).primaryKey(), column("email", varchar(40)));
            RetortException e = assertThrows(RetortException.class, () -> op.batch("users", b -> b
                    .addColumn(column("phone", varchar(20)))
                    .alterColumn("email", a -> a.type(integer(), "CAST(email AS INTEGER)"))));
            assertEquals("alterColumn with a USING expression is not supported on h2: convert the values with "
                    + "op.execute(\"UPDATE ...\") before or after changing the type", e.getMessage());
            assertFalse(new LiveCatalog(c, Dialects.forName("h2")).columns("users").containsKey("phone"));
        }
    }

    @Test
    void offlineSqliteRebuildsNeedTheTable() {
        StringBuilder out = new StringBuilder();
        DefaultOp op = DefaultOp.offline(Dialects.forName("sqlite"), out, Map.of());
        RetortException e = assertThrows(RetortException.class, () -> op.dropColumn("users", "legacy"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals("dropColumn on table users is not supported offline on sqlite: it rebuilds the table, which needs "
                + "the live table's definition; run online, or use op.batch(definition, b -> ...) with the table as it is",
                e.getMessage());
        assertEquals("", out.toString());
    }

    @Test
    void sqliteWithForeignKeysOnRefusesARebuildThatWouldCascade() throws Exception {
        Path file = dir.resolve("fk.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=on")) {
            DefaultOp op = DefaultOp.online(c, Dialects.forName("sqlite"), Map.of());
            op.createTable("users", column("id", integer()).primaryKey(), column("legacy", text()));
            op.createTable("orders", column("id", integer()).primaryKey(), column("user_id", integer()),
                    foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(CASCADE));
            op.bulkInsert("users", List.of(Map.of("id", 1)));
            op.bulkInsert("orders", List.of(Map.of("id", 10, "user_id", 1)));
            c.setAutoCommit(false);
            RetortException e = assertThrows(RetortException.class, () -> op.dropColumn("users", "legacy"));
            assertEquals(ErrorCode.UNSUPPORTED, e.code());
            c.rollback();
            assertEquals(List.of("10|1"), new LiveCatalog(c, Dialects.forName("sqlite")).rows("SELECT id, user_id FROM orders"));
        }
    }
}
