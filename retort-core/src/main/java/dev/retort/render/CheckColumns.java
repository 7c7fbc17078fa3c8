package dev.retort.render;

import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The columns a CHECK expression names, found by splitting it into tokens: identifiers bare or quoted
 * ({@code "..."}, {@code `...`}, {@code [...]}), matched without regard to case; string literals and comments
 * are skipped, so {@code 'price'} or {@code price_old} never count as {@code price}.
 */
final class CheckColumns {
    /** One identifier: its unquoted name and where it stands in the expression. */
    private record Name(String name, int start, int end) {
    }

    private CheckColumns() {
    }

    /** Whether {@code check} names {@code column}. */
    static boolean mentions(CheckConstraint check, String column) {
        return names(check.expression()).stream().anyMatch(n -> n.name().equalsIgnoreCase(column));
    }

    /** {@code check} with every mention of column {@code from} replaced by {@code to}, quoted by {@code quote}. */
    static CheckConstraint rename(CheckConstraint check, String from, String to, UnaryOperator<String> quote) {
        String sql = check.expression();
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Name n : names(sql)) {
            if (n.name().equalsIgnoreCase(from)) {
                out.append(sql, last, n.start()).append(quote.apply(to));
                last = n.end();
            }
        }
        return last == 0 ? check : new CheckConstraint(check.name(), out.append(sql.substring(last)).toString());
    }

    private static List<Name> names(String sql) {
        List<Name> names = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char quote = c == '[' ? ']' : c;
                int j = i + 1;
                StringBuilder name = new StringBuilder();
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == quote) {
                        if (quote != ']' && j + 1 < n && sql.charAt(j + 1) == quote) {
                            name.append(d);
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    name.append(d);
                    j++;
                }
                if (c != '\'') {
                    names.add(new Name(name.toString(), i, j));
                }
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                names.add(new Name(sql.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                // A number, including forms like 1e5 or 0x1F, is no name.
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return names;
    }
}
