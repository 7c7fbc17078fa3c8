package dev.retort.dialect.sqlite;

import dev.retort.dialect.sqlite.SqlTokens.Token;
import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite keeps only in the text of its {@code CREATE TABLE} and {@code CREATE INDEX} statements:
 * constraint names, CHECK expressions, AUTOINCREMENT, index expressions and partial-index predicates.
 */
final class CreateStatements {
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");
    // Words that start a column constraint other than those this class reads.
    private static final Set<String> OTHER_COLUMN_CONSTRAINTS =
            Set.of("NOT", "NULL", "DEFAULT", "COLLATE", "GENERATED", "AS");

    private CreateStatements() {
    }

    /**
     * The parts of a table's DDL the pragmas do not report.
     *
     * @param uniqueNames     a UNIQUE constraint's name by its lower-cased column list
     * @param foreignKeyNames a foreign key's name by its lower-cased column list
     */
    record TableText(String primaryKeyName, boolean autoincrement, Map<List<String>, String> uniqueNames,
                     Map<List<String>, String> foreignKeyNames, List<CheckConstraint> checks) {
    }

    /**
     * @param terms each indexed term as written, in order, without ASC/DESC or COLLATE
     * @param where the partial index's predicate, or null
     */
    record IndexText(List<String> terms, String where) {
    }

    static TableText table(String sql) {
        List<Token> tokens = SqlTokens.of(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        int close = SqlTokens.matching(tokens, open);
        Parts parts = new Parts();
        for (int[] item : SqlTokens.splitOnCommas(tokens, open + 1, close)) {
            Token first = tokens.get(item[0]);
            if (first.kind() == SqlTokens.Kind.WORD && TABLE_CONSTRAINTS.contains(first.upper())) {
                tableConstraint(sql, tokens, item[0], item[1], parts);
            } else {
                columnConstraints(sql, tokens, item[0], item[1], parts);
            }
        }
        return new TableText(parts.primaryKeyName, parts.autoincrement, parts.uniqueNames, parts.foreignKeyNames,
                parts.checks);
    }

    static IndexText index(String sql) {
        List<Token> tokens = SqlTokens.of(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        int close = SqlTokens.matching(tokens, open);
        List<String> terms = new ArrayList<>();
        for (int[] term : SqlTokens.splitOnCommas(tokens, open + 1, close)) {
            int end = term[1] - 1;
            while (end > term[0] && (tokens.get(end).is("ASC") || tokens.get(end).is("DESC"))) {
                end--;
            }
            for (int i = term[0] + 1; i < end; i++) {
                if (tokens.get(i).is("COLLATE")) {
                    end = i - 1;
                    break;
                }
            }
            terms.add(SqlTokens.text(sql, tokens, term[0], end));
        }
        String where = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE") && close + 2 < tokens.size()) {
            where = sql.substring(tokens.get(close + 2).start()).trim();
            where = where.endsWith(";") ? where.substring(0, where.length() - 1).trim() : where;
        }
        return new IndexText(terms, where);
    }

    private static void tableConstraint(String sql, List<Token> tokens, int from, int to, Parts parts) {
        String name = null;
        int i = from;
        if (tokens.get(i).is("CONSTRAINT")) {
            name = tokens.get(i + 1).name();
            i += 2;
        }
        Token kind = tokens.get(i);
        if (kind.is("CHECK")) {
            int open = i + 1;
            parts.checks.add(new CheckConstraint(name, inner(sql, tokens, open)));
        } else if (kind.is("PRIMARY")) {
            parts.primaryKeyName = name;
            parts.autoincrement |= contains(tokens, i, to, "AUTOINCREMENT");
        } else if (kind.is("UNIQUE") && name != null) {
            parts.uniqueNames.put(names(tokens, i + 1), name);
        } else if (kind.is("FOREIGN") && name != null) {
            parts.foreignKeyNames.put(names(tokens, i + 2), name);
        }
    }

    private static void columnConstraints(String sql, List<Token> tokens, int from, int to, Parts parts) {
        List<String> column = List.of(tokens.get(from).name().toLowerCase(Locale.ROOT));
        String name = null;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(') && !tokens.get(i - 1).is("CHECK")) {
                i = SqlTokens.matching(tokens, i);
            } else if (t.is("CONSTRAINT") && i + 1 < to) {
                name = tokens.get(++i).name();
            } else if (t.is("CHECK")) {
                parts.checks.add(new CheckConstraint(name, inner(sql, tokens, i + 1)));
                i = SqlTokens.matching(tokens, i + 1);
                name = null;
            } else if (t.is("PRIMARY")) {
                parts.primaryKeyName = name;
                name = null;
            } else if (t.is("AUTOINCREMENT")) {
                parts.autoincrement = true;
            } else if (t.is("UNIQUE")) {
                putNamed(parts.uniqueNames, column, name);
                name = null;
            } else if (t.is("REFERENCES")) {
                putNamed(parts.foreignKeyNames, column, name);
                name = null;
            } else if (t.kind() == SqlTokens.Kind.WORD && OTHER_COLUMN_CONSTRAINTS.contains(t.upper())) {
                name = null;
            }
        }
    }

    private static void putNamed(Map<List<String>, String> names, List<String> columns, String name) {
        if (name != null) {
            names.put(columns, name);
        }
    }

    // The text inside the parentheses opening at token open.
    private static String inner(String sql, List<Token> tokens, int open) {
        int close = SqlTokens.matching(tokens, open);
        return sql.substring(tokens.get(open).end(), tokens.get(close).start()).trim();
    }

    // The lower-cased names in the parenthesised list opening at token open.
    private static List<String> names(List<Token> tokens, int open) {
        List<String> names = new ArrayList<>();
        int close = SqlTokens.matching(tokens, open);
        for (int[] part : SqlTokens.splitOnCommas(tokens, open + 1, close)) {
            names.add(tokens.get(part[0]).name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static boolean contains(List<Token> tokens, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
        }
        return false;
    }

    private static final class Parts {
        String primaryKeyName;
        boolean autoincrement;
        final Map<List<String>, String> uniqueNames = new HashMap<>();
        final Map<List<String>, String> foreignKeyNames = new HashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
    }
}
