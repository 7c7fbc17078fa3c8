package dev.retort.lint;

import dev.retort.dialect.LintProfile;
import dev.retort.dialect.SqlLexer;
import dev.retort.dialect.SqlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The rules read from one upgrade's statements, lexed with the dialect's {@link SqlSyntax}. */
final class StatementRules {
    /** A rule's finding before it gets its file: rule, severity, line, message, fix. */
    record Hit(String rule, String severity, int line, String message, String fix) {
    }

    private final LintProfile profile;
    private final SqlSyntax syntax;
    private final boolean transactional;
    private final Consumer<Hit> hits;
    private final Set<String> created = new java.util.HashSet<>();
    private final Set<String> validated = new java.util.HashSet<>();
    private boolean lockTimeoutSet;
    private boolean lockTimeoutReported;

    StatementRules(LintProfile profile, SqlSyntax syntax, boolean transactional, Consumer<Hit> hits) {
        this.profile = profile;
        this.syntax = syntax;
        this.transactional = transactional;
        this.hits = hits;
    }

    void check(LintInput.Statement statement) {
        List<SqlLexer.Token> w = words(statement.sql());
        int line = statement.line();
        if (w.isEmpty()) {
            return;
        }
        if (at(w, 0, "SET") && (has(w, "LOCK_TIMEOUT"))) {
            lockTimeoutSet = true;
        } else if (at(w, 0, "CREATE") && at(w, 1, "TABLE")) {
            created.add(name(w, 2));
        } else if (at(w, 0, "CREATE") && (at(w, 1, "INDEX") || at(w, 1, "UNIQUE") && at(w, 2, "INDEX"))) {
            createIndex(w, line);
        } else if (at(w, 0, "DROP") && at(w, 1, "TABLE")) {
            String table = name(w, 2);
            if (!created.contains(table)) {
                hit("drop-table", "warning", line, "DROP TABLE " + table + ": the running release may still read it, and its data is gone",
                        "expand, then contract: stop using the table in one release, drop it in a later one (back it up first)");
            }
        } else if (at(w, 0, "ALTER") && at(w, 1, "TABLE")) {
            alterTable(w, line);
        } else if (at(w, 0, "RENAME") && at(w, 1, "TABLE")) {
            hit("rename-table", "warning", line, "RENAME TABLE " + name(w, 2) + ": the running release still uses the old name",
                    "expand, then contract: create the new table (or a view), write both, switch readers, drop the old later");
        } else if ((at(w, 0, "UPDATE") || at(w, 0, "DELETE")) && !has(w, "WHERE")) {
            hit("dml-without-where", "warning", line, w.get(0).upper() + " without WHERE changes every row in one transaction",
                    "add a WHERE clause, or change the rows in batches by key range; say why with -- retort:allow if all rows are meant");
        }
    }

    private void createIndex(List<SqlLexer.Token> w, int line) {
        boolean concurrently = has(w, "CONCURRENTLY");
        int on = indexOf(w, "ON");
        String table = on < 0 ? "" : name(w, at(w, on + 1, "ONLY") ? on + 2 : on + 1);
        if (concurrently && transactional) {
            hit("concurrent-in-transaction", "error", line, "CREATE INDEX CONCURRENTLY cannot run inside a transaction; "
                    + "this script runs in one and will fail", "mark the script non-transactional (-- transactional: false, "
                    + "or transactional = false on @Revision) and keep the index alone in it");
        } else if (!concurrently && profile.concurrentIndexes() && !created.contains(table)) {
            hit("index-not-concurrent", "warning", line, "CREATE INDEX on existing table " + table
                    + " blocks its writes until the index is built", "CREATE INDEX CONCURRENTLY in a non-transactional script");
        }
    }

    private void alterTable(List<SqlLexer.Token> w, int line) {
        int i = 2;
        while (at(w, i, "IF") || at(w, i, "EXISTS") || at(w, i, "ONLY")) {
            i++;
        }
        String table = name(w, i);
        if (created.contains(table)) {
            return;
        }
        if (profile.lockTimeout() && !lockTimeoutSet && !lockTimeoutReported) {
            lockTimeoutReported = true;
            hit("lock-timeout", "warning", line, "ALTER TABLE " + table + " with no lock_timeout: waiting for its lock "
                    + "behind a long query, it blocks every query queued after it", "SET lock_timeout = '5s' first (and retry on failure)");
        }
        int add = indexOf(w, "ADD");
        if (add >= 0) {
            boolean constraint = at(w, add + 1, "CONSTRAINT") || at(w, add + 1, "FOREIGN") || at(w, add + 1, "CHECK")
                    || has(w, "FOREIGN") || has(w, "REFERENCES") && !has(w, "COLUMN");
            if (constraint && profile.notValidConstraints() && (has(w, "FOREIGN") || has(w, "CHECK")) && !has(w, "VALID")) {
                hit("constraint-not-valid", "warning", line, "adding a foreign key or check to " + table
                        + " scans the table while holding a lock that blocks writes", "ADD CONSTRAINT ... NOT VALID, then "
                        + "ALTER TABLE " + table + " VALIDATE CONSTRAINT ... in a later step");
            } else if (!constraint && has(w, "NOT") && has(w, "NULL") && !has(w, "DEFAULT")) {
                hit("not-null-without-default", "error", line, "adding a NOT NULL column without a default to existing table "
                        + table + " fails when it has rows", "add the column nullable (or with a DEFAULT), backfill it, then set NOT NULL");
            }
        }
        if (has(w, "VALIDATE")) {
            validated.add(table);
        }
        if (has(w, "SET") && has(w, "NOT") && has(w, "NULL") && profile.checkBeforeSetNotNull() && !validated.contains(table)) {
            hit("set-not-null", "warning", line, "SET NOT NULL on " + table + " scans the whole table under an exclusive lock",
                    "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, then SET NOT NULL (it uses the check)");
        }
        typeChange(w, table, line);
        if (has(w, "DROP") && !has(w, "CONSTRAINT") && !has(w, "DEFAULT") && !has(w, "INDEX") && !has(w, "NOT")
                && !has(w, "KEY")) {
            hit("drop-column", "warning", line, "dropping a column of " + table + ": the running release may still read it, "
                    + "and its data is gone", "expand, then contract: stop reading the column in one release, drop it in a later one");
        }
        if (has(w, "RENAME")) {
            boolean column = has(w, "COLUMN") || !at(w, indexOf(w, "RENAME") + 1, "TO");
            hit(column ? "rename-column" : "rename-table", "warning", line, "renaming " + (column ? "a column of " : "table ")
                    + table + " breaks the running release, which still uses the old name", "expand, then contract: add the new "
                    + (column ? "column, write both, backfill" : "table or a view") + ", switch readers, drop the old later");
        }
    }

    private void typeChange(List<SqlLexer.Token> w, String table, int line) {
        int type = indexOf(w, "TYPE");
        if (profile.typeChangeRewrites() && type > 0 && has(w, "ALTER")) {
            String to = type + 1 < w.size() ? w.get(type + 1).upper() : "";
            if (!to.equals("TEXT") && !to.equals("VARCHAR") && !to.equals("CHARACTER")) {
                hit("table-rewrite", "warning", line, "changing a column's type to " + to + " rewrites " + table
                        + " under an exclusive lock", "add a new column, backfill it in batches, switch readers, drop the old; "
                        + "only widening varchar or to text is free");
            }
        }
        if (profile.modifyCopiesTable() && (has(w, "MODIFY") || has(w, "CHANGE")) && !has(w, "INPLACE") && !has(w, "INSTANT")
                && !has(w, "NOCOPY")) {
            hit("table-rewrite", "warning", line, "MODIFY/CHANGE COLUMN may copy " + table + " while blocking writes",
                    "add ALGORITHM=INSTANT (or INPLACE), LOCK=NONE so the server refuses instead of copying");
        }
    }

    private void hit(String rule, String severity, int line, String message, String fix) {
        hits.accept(new Hit(rule, severity, line, message, fix));
    }

    private List<SqlLexer.Token> words(String sql) {
        List<SqlLexer.Token> out = new ArrayList<>();
        SqlLexer lexer = syntax.lexer(sql);
        while (lexer.hasNext()) {
            SqlLexer.Token t = lexer.next();
            if (t.isName() || t.kind() == SqlLexer.Kind.WORD) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean at(List<SqlLexer.Token> w, int i, String word) {
        return i >= 0 && i < w.size() && w.get(i).is(word);
    }

    private static boolean has(List<SqlLexer.Token> w, String word) {
        return indexOf(w, word) >= 0;
    }

    private static int indexOf(List<SqlLexer.Token> w, String word) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The table name at {@code i}, lower-cased, past IF NOT EXISTS and a schema prefix is not handled. */
    private static String name(List<SqlLexer.Token> w, int i) {
        while (at(w, i, "IF") || at(w, i, "NOT") || at(w, i, "EXISTS")) {
            i++;
        }
        return i < w.size() ? w.get(i).value().toLowerCase(java.util.Locale.ROOT) : "";
    }
}
