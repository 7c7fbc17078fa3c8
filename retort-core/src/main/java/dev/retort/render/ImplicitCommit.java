package dev.retort.render;

import dev.retort.op.BulkInsert;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import java.util.Locale;
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

    /** True for schema changes and for SQL text whose first keyword is one that commits implicitly. */
    public static boolean isDdl(Operation operation) {
        if (operation instanceof BulkInsert) {
            return false;
        }
        if (operation instanceof Execute execute) {
            return DDL_KEYWORDS.contains(firstKeyword(execute.sql()));
        }
        return true;
    }

    /** The first word of {@code sql}, upper-cased, after white space and comments. */
    static String firstKeyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }
}
