package dev.retort.dialect.sqlite;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What only SQLite's stored CREATE TABLE / CREATE INDEX text tells: constraint names, CHECK expressions,
 * index expressions and WHERE clauses. A small scanner that knows SQL quoting and parentheses, no more.
 *
 * @param names  constraint names by {@code "PRIMARY KEY"}, {@code "UNIQUE [a, b]"}, {@code "FOREIGN KEY [a]"}
 * @param checks the CHECKs in the order written, each with the column whose definition holds it (null for a
 *               table-level CHECK)
 */
record SqliteCreateText(Map<String, String> names, List<Check> checks) {

    /** One CHECK; {@code column} names the column it is written inline with, or is null. */
    record Check(String column, CheckConstraint check) {
    }

    static SqliteCreateText parse(String createTable) {
        Map<String, String> names = new HashMap<>();
        List<Check> checks = new ArrayList<>();
        int open = createTable.indexOf('(');
        int close = matching(createTable, open);
        for (String item : split(createTable.substring(open + 1, close))) {
            String name = null;
            String rest = item;
            if (startsWithWord(rest, "CONSTRAINT")) {
                rest = rest.substring("CONSTRAINT".length()).strip();
                int end = tokenEnd(rest, 0);
                name = unquote(rest.substring(0, end));
                rest = rest.substring(end).strip();
            }
            if (startsWithWord(rest, "PRIMARY")) {
                names.put("PRIMARY KEY", name);
            } else if (startsWithWord(rest, "UNIQUE")) {
                names.put("UNIQUE " + columns(rest), name);
            } else if (startsWithWord(rest, "FOREIGN")) {
                names.put("FOREIGN KEY " + columns(rest), name);
            } else if (startsWithWord(rest, "CHECK")) {
                checks.add(new Check(null, new CheckConstraint(name, parenthesised(rest, rest.indexOf('(')))));
            } else {
                inlineChecks(item, checks);
            }
        }
        return new SqliteCreateText(names, checks);
    }

    /** The index from its CREATE INDEX text: plain names are columns, anything else an expression. */
    static Index index(String name, boolean unique, String createIndex) {
        int open = createIndex.indexOf('(');
        int close = matching(createIndex, open);
        List<String> columns = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (String part : split(createIndex.substring(open + 1, close))) {
            if (tokenEnd(part, 0) == part.length()) {
                columns.add(unquote(part));
            } else {
                expressions.add(part.startsWith("(") && matching(part, 0) == part.length() - 1
                        ? part.substring(1, part.length() - 1) : part);
            }
        }
        String tail = createIndex.substring(close + 1).strip();
        String where = startsWithWord(tail, "WHERE") ? tail.substring("WHERE".length()).strip() : null;
        return new Index(name, columns, expressions, unique, where);
    }

    // A column definition's own CHECK (...) clauses, named or not, tagged with the column.
    private static void inlineChecks(String definition, List<Check> checks) {
        String column = unquote(definition.substring(0, tokenEnd(definition, 0)));
        String upper = definition.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < definition.length()) {
            int skip = skipQuoted(definition, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (upper.startsWith("CHECK", i) && (i == 0 || !Character.isLetterOrDigit(definition.charAt(i - 1)))) {
                int open = definition.indexOf('(', i);
                int close = matching(definition, open);
                checks.add(new Check(column, new CheckConstraint(null, definition.substring(open + 1, close).strip())));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    private static String columns(String clause) {
        int open = clause.indexOf('(');
        return split(clause.substring(open + 1, matching(clause, open))).stream().map(SqliteCreateText::unquote).toList().toString();
    }

    private static String parenthesised(String text, int open) {
        return text.substring(open + 1, matching(text, open)).strip();
    }

    private static boolean startsWithWord(String s, String word) {
        return s.regionMatches(true, 0, word, 0, word.length())
                && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())));
    }

    /** Splits on commas outside parentheses and quotes, trimming each part. */
    static List<String> split(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            int skip = skipQuoted(body, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
            i++;
        }
        parts.add(body.substring(start).strip());
        return parts;
    }

    static int matching(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            int skip = skipQuoted(s, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + s);
    }

    // The end of a quoted string or identifier starting at i, or i when none starts there.
    private static int skipQuoted(String s, int i) {
        char c = s.charAt(i);
        char close = c == '[' ? ']' : c;
        if (c != '\'' && c != '"' && c != '`' && c != '[') {
            return i;
        }
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == close) {
                if (close != ']' && j + 1 < s.length() && s.charAt(j + 1) == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    // The end of one identifier (bare or quoted) starting at i.
    private static int tokenEnd(String s, int i) {
        int skip = skipQuoted(s, i);
        if (skip > i) {
            return skip;
        }
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) {
            j++;
        }
        return j;
    }

    static String unquote(String id) {
        String s = id.strip();
        if (s.length() >= 2) {
            char c = s.charAt(0);
            char close = c == '[' ? ']' : c;
            if ((c == '"' || c == '`' || c == '[') && s.charAt(s.length() - 1) == close) {
                String inner = s.substring(1, s.length() - 1);
                return close == ']' ? inner : inner.replace(String.valueOf(c) + c, String.valueOf(c));
            }
        }
        return s;
    }
}
