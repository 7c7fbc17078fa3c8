package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import dev.retort.imports.python.LogicalLine;
import dev.retort.imports.python.PyParser;
import dev.retort.imports.python.PySyntaxException;
import dev.retort.imports.python.PyStatement;
import dev.retort.imports.python.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Alembic revision file as read from its source: the module-level {@code revision},
 * {@code down_revision}, {@code branch_labels} and {@code depends_on}, the docstring's message and
 * {@code Create Date}, and the bodies of {@code upgrade()} and {@code downgrade()}.
 */
public record AlembicRevisionFile(String revision, List<String> revises, List<String> branchLabels,
        List<String> dependsOn, String message, String created, List<PyStatement> upgrade,
        List<PyStatement> downgrade, List<String> sourceLines) {

    private static final Pattern CREATE_DATE = Pattern.compile(
            "(?m)^Create Date:\\s*(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})");

    /** Reads {@code source}; {@code name} (the file name) is used in messages only. */
    public static AlembicRevisionFile parse(String name, String source) {
        List<PyStatement> module = PyStatement.parseModule(source);
        Map<String, Expr> assignments = new HashMap<>();
        String docstring = null;
        List<PyStatement> upgrade = null;
        List<PyStatement> downgrade = null;
        for (PyStatement s : module) {
            LogicalLine h = s.header();
            List<Token> t = h.tokens();
            if (docstring == null && assignments.isEmpty() && t.size() == 1 && t.get(0).kind() == Token.Kind.STRING) {
                docstring = t.get(0).text();
            } else if (h.startsWith("def") && t.size() > 1 && List.of("upgrade", "downgrade").contains(t.get(1).text())) {
                List<PyStatement> body = body(s);
                if (t.get(1).text().equals("upgrade")) {
                    upgrade = body;
                } else {
                    downgrade = body;
                }
            } else if (t.get(0).kind() == Token.Kind.NAME && h.indent() == 0) {
                int eq = topLevelEquals(t);
                if (eq > 0) {
                    try {
                        assignments.put(t.get(0).text(), PyParser.parse(t, eq + 1, t.size()));
                    } catch (PySyntaxException e) {
                        // a module-level helper value this reader does not need
                    }
                }
            }
        }
        Expr revision = assignments.get("revision");
        if (!(revision instanceof Expr.Str id)) {
            throw new IllegalArgumentException(name + ": no revision = '...' line; is this an Alembic revision file?");
        }
        if (upgrade == null) {
            throw new IllegalArgumentException(name + ": no def upgrade()");
        }
        String message = docstring == null ? "" : docstring.strip().lines().findFirst().orElse("").strip();
        String created = "";
        if (docstring != null) {
            Matcher m = CREATE_DATE.matcher(docstring);
            if (m.find()) {
                created = m.group(1) + "T" + m.group(2) + "Z";
            }
        }
        return new AlembicRevisionFile(id.value(), strings(name, assignments.get("down_revision")),
                strings(name, assignments.get("branch_labels")), strings(name, assignments.get("depends_on")),
                message, created, upgrade, downgrade == null ? List.of() : downgrade, source.lines().toList());
    }

    private static List<PyStatement> body(PyStatement def) {
        List<Token> t = def.header().tokens();
        if (def.header().opensBlock()) {
            return def.body();
        }
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
            if (depth == 0 && k.is(":") && i + 1 < t.size()) {
                List<Token> rest = t.subList(i + 1, t.size());
                if (rest.size() == 1 && rest.get(0).is("pass")) {
                    return List.of();
                }
                LogicalLine line = new LogicalLine(def.header().indent() + 4, rest, def.firstLine(), def.lastLine());
                return List.of(new PyStatement(line, List.of()));
            }
        }
        return List.of();
    }

    /** The index of the assignment's {@code =} outside brackets (after an optional annotation), or -1. */
    static int topLevelEquals(List<Token> t) {
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() != Token.Kind.OP) {
                continue;
            }
            depth += "([{".contains(k.text()) ? 1 : ")]}".contains(k.text()) ? -1 : 0;
            if (depth == 0 && k.text().equals("=")) {
                return i;
            }
        }
        return -1;
    }

    /** {@code None}, {@code 'a'}, {@code ('a', 'b')}, {@code ['a']} or {@code 'a,b'} as a list of strings. */
    private static List<String> strings(String file, Expr e) {
        List<String> out = new ArrayList<>();
        if (e == null || e instanceof Expr.Name n && n.id().equals("None")) {
            return out;
        }
        if (e instanceof Expr.Str s) {
            for (String part : s.value().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        List<Expr> items = e instanceof Expr.Tuple t ? t.items() : e instanceof Expr.ListExpr l ? l.items() : null;
        if (items == null) {
            throw new IllegalArgumentException(file + ": expected a string, a tuple of strings or None, got " + e);
        }
        for (Expr item : items) {
            out.addAll(strings(file, item));
        }
        return out;
    }
}
