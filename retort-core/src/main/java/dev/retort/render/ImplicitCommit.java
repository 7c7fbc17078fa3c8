package dev.retort.render;

import dev.retort.op.BulkInsert;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.dialect.SqlSyntax;
import java.util.Set;

/**
 * Tells whether an operation is DDL, which a database without transactional DDL (MariaDB, MySQL, H2)
 * commits at once, together with everything before it in the transaction. Data changes (INSERT,
 * UPDATE, DELETE, bulk inserts) are not: they roll back with the transaction.
 */
public final class ImplicitCommit {
    /** First keywords of statements that MySQL and H2 commit implicitly. */
    private static final Set<String> DDL_KEYWORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE",
            "GRANT", "REVOKE", "LOCK", "UNLOCK", "ANALYZE", "OPTIMIZE", "REPAIR", "FLUSH", "INSTALL", "UNINSTALL",
            "COMMENT", "CALL", "BEGIN", "START", "COMMIT", "SET");

    private ImplicitCommit() {
    }

    /**
     * True for schema changes and for SQL text whose first keyword, as {@code syntax} reads past white space,
     * comments and parentheses, is one that commits implicitly.
     */
    public static boolean isDdl(Operation operation, SqlSyntax syntax) {
        if (operation instanceof BulkInsert) {
            return false;
        }
        if (operation instanceof Execute execute) {
            return DDL_KEYWORDS.contains(firstKeyword(execute.sql(), syntax));
        }
        return true;
    }

    /** The letters that start the first word of {@code sql}, upper-cased, or "". */
    static String firstKeyword(String sql, SqlSyntax syntax) {
        return syntax.firstKeyword(sql);
    }
}
