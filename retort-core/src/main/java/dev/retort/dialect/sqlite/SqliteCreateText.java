package dev.retort.dialect.sqlite;

import dev.retort.dialect.SqlLexer.Kind;
import dev.retort.dialect.SqlLexer.Token;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite keeps only in the text of its {@code CREATE TABLE} and {@code CREATE INDEX} statements:
 * constraint names, CHECK expressions, AUTOINCREMENT, index expressions and partial-index predicates. The text
 * is read by SQLite's {@link dev.retort.dialect.SqlSyntax} into tokens that remember where they stand, so an
 * expression is cut out exactly as written. The inspector and the table reader of a rebuild both read it here.
 */
final class SqliteCreateText {
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");
    // Words that start a column constraint other than those this class reads.
    private static final Set<String> OTHER_COLUMN_CONSTRAINTS =
            Set.of("NOT", "NULL", "DEFAULT", "COLLATE", "GENERATED", "AS");

    private SqliteCreateText() {
    }

    /**
     * The parts of a table's DDL the pragmas do not report.
     *
     * @param uniqueNames     a UNIQUE constraint's name by its lower-cased column list
     * @param foreignKeyNames a foreign key's name by its lower-cased column list
     * @param checks          the CHECKs in the order written
     */
    record TableText(String primaryKeyName, boolean autoincrement, Map<List<String>, String> uniqueNames,
                     Map<List<String>, String> foreignKeyNames, List<Check> checks) {
    }

    /** One CHECK; {@code column} names the column it is written inline with, or is null for a table-level one. */
    record Check(String column, CheckConstraint check) {
    }

    /**
     * @param written each indexed term exactly as written, in order
     * @param terms   each indexed term without ASC/DESC or COLLATE
     * @param where   the partial index's predicate, or null
     */
    record IndexText(List<String> written, List<String> terms, String where) {
        /** The index: a term that is one name is a column, anything else an expression (without outer parentheses). */
        Index toIndex(String name, boolean unique) {
            List<String> columns = new ArrayList<>();
            List<String> expressions = new ArrayList<>();
            for (String term : written) {
                List<Token> tokens = tokens(term);
                if (tokens.size() == 1 && tokens.get(0).isName()) {
                    columns.add(tokens.get(0).value());
                } else {
                    expressions.add(wrapsWhole(term) ? term.substring(1, term.length() - 1) : term);
                }
            }
            return new Index(name, columns, expressions, unique, where);
        }
    }

    static TableText table(String sql) {
        List<Token> tokens = tokens(sql);
        int open = firstParenthesis(tokens);
        Parts parts = new Parts();
        for (int[] item : splitOnCommas(tokens, open + 1, matching(tokens, open))) {
            Token first = tokens.get(item[0]);
            if (first.kind() == Kind.WORD && TABLE_CONSTRAINTS.contains(first.upper())) {
                tableConstraint(sql, tokens, item[0], item[1], parts);
            } else {
                columnConstraints(sql, tokens, item[0], item[1], parts);
            }
        }
        return new TableText(parts.primaryKeyName, parts.autoincrement, parts.uniqueNames, parts.foreignKeyNames,
                parts.checks);
    }

    static IndexText index(String sql) {
        List<Token> tokens = tokens(sql);
        int open = firstParenthesis(tokens);
        int close = matching(tokens, open);
        List<String> written = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int[] term : splitOnCommas(tokens, open + 1, close)) {
            written.add(text(sql, tokens, term[0], term[1] - 1));
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
            terms.add(text(sql, tokens, term[0], end));
        }
        String where = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE") && close + 2 < tokens.size()) {
            where = sql.substring(tokens.get(close + 2).start()).trim();
            where = where.endsWith(";") ? where.substring(0, where.length() - 1).trim() : where;
        }
        return new IndexText(written, terms, where);
    }

    /** Whether {@code e} is one parenthesised expression: its first parenthesis closes at its end. */
    static boolean wrapsWhole(String e) {
        List<Token> tokens = tokens(e);
        if (tokens.isEmpty() || !tokens.get(0).isPunct('(')) {
            return false;
        }
        int close = matching(tokens, 0);
        return close == tokens.size() - 1 && tokens.get(close).isPunct(')') && tokens.get(close).end() == e.length();
    }

    /** The significant tokens of {@code sql} as SQLite reads it. */
    static List<Token> tokens(String sql) {
        return SqliteDialect.syntax().significantTokens(sql);
    }

    private static void tableConstraint(String sql, List<Token> tokens, int from, int to, Parts parts) {
        String name = null;
        int i = from;
        if (tokens.get(i).is("CONSTRAINT")) {
            name = tokens.get(i + 1).value();
            i += 2;
        }
        Token kind = tokens.get(i);
        if (kind.is("CHECK")) {
            parts.checks.add(new Check(null, new CheckConstraint(name, inner(sql, tokens, i + 1))));
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
        String columnName = tokens.get(from).value();
        List<String> column = List.of(columnName.toLowerCase(Locale.ROOT));
        String name = null;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(') && !tokens.get(i - 1).is("CHECK")) {
                i = matching(tokens, i);
            } else if (t.is("CONSTRAINT") && i + 1 < to) {
                name = tokens.get(++i).value();
            } else if (t.is("CHECK")) {
                parts.checks.add(new Check(columnName, new CheckConstraint(name, inner(sql, tokens, i + 1))));
                i = matching(tokens, i + 1);
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
            } else if (t.kind() == Kind.WORD && OTHER_COLUMN_CONSTRAINTS.contains(t.upper())) {
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
        int close = matching(tokens, open);
        return sql.substring(tokens.get(open).end(), tokens.get(close).start()).trim();
    }

    // The lower-cased names in the parenthesised list opening at token open.
    private static List<String> names(List<Token> tokens, int open) {
        List<String> names = new ArrayList<>();
        for (int[] part : splitOnCommas(tokens, open + 1, matching(tokens, open))) {
            names.add(tokens.get(part[0]).value().toLowerCase(Locale.ROOT));
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

    private static int firstParenthesis(List<Token> tokens) {
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        return open;
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The token ranges {@code [from, to)} between top-level commas of tokens {@code from..to}. */
    private static List<int[]> splitOnCommas(List<Token> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** The original text of tokens {@code from..to} inclusive. */
    private static String text(String sql, List<Token> tokens, int from, int to) {
        return sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    private static final class Parts {
        String primaryKeyName;
        boolean autoincrement;
        final Map<List<String>, String> uniqueNames = new HashMap<>();
        final Map<List<String>, String> foreignKeyNames = new HashMap<>();
        final List<Check> checks = new ArrayList<>();
    }
}
