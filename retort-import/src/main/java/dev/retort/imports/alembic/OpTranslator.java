package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import dev.retort.imports.python.PyParser;
import dev.retort.imports.python.PySyntaxException;
import dev.retort.imports.python.PyStatement;
import dev.retort.imports.python.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates the body of {@code upgrade()} or {@code downgrade()}, statement by statement, into Java
 * {@code op} calls. A statement it cannot translate is kept as its Python source in a comment, and the
 * method's first line then throws, naming the file's line, so nothing unreviewed runs.
 */
final class OpTranslator {
    /** The Java statements of one method, and the file lines of the statements left as Python. */
    record MethodBody(List<String> lines, List<Integer> untranslated, int translated) { }

    private final String fileName;
    private final List<String> source;
    private final Map<String, Expr> locals = new HashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> untranslated = new ArrayList<>();
    private int translated;

    private OpTranslator(String fileName, List<String> source) {
        this.fileName = fileName;
        this.source = source;
    }

    static MethodBody translate(String fileName, List<String> source, List<PyStatement> body) {
        OpTranslator t = new OpTranslator(fileName, source);
        for (PyStatement s : body) {
            t.statement(s);
        }
        List<String> out = new ArrayList<>();
        if (!t.untranslated.isEmpty()) {
            out.add("untranslated(" + JavaText.literal(fileName + " line" + (t.untranslated.size() > 1 ? "s " : " ")
                    + String.join(", ", t.untranslated.stream().map(String::valueOf).toList())) + ");");
        }
        out.addAll(t.lines);
        return new MethodBody(out, List.copyOf(t.untranslated), t.translated);
    }

    private void statement(PyStatement s) {
        List<Token> tokens = s.header().tokens();
        if (s.body().isEmpty() && (tokens.size() == 1 && (tokens.get(0).is("pass") || tokens.get(0).kind() == Token.Kind.STRING))) {
            return;
        }
        try {
            if (s.header().startsWith("with")) {
                BatchTranslator.translate(s, locals, this::keepPython).forEach(lines::add);
            } else if (!s.body().isEmpty()) {
                throw new Untranslatable("control flow");
            } else {
                int eq = AlembicRevisionFile.topLevelEquals(tokens);
                if (eq > 0) {
                    assignment(tokens, eq);
                } else {
                    lines.add(call(PyParser.parse(tokens, 0, tokens.size())) + ";");
                }
            }
            translated++;
        } catch (Untranslatable | PySyntaxException e) {
            lines.addAll(keepPython(s, e.getMessage()));
        }
    }

    /** The statement's Python source as comments, recorded as untranslated. */
    List<String> keepPython(PyStatement s, String reason) {
        untranslated.add(s.firstLine());
        List<String> out = new ArrayList<>();
        out.add("// NOT TRANSLATED (" + fileName + " line " + s.firstLine() + ": " + reason + "):");
        for (int i = s.firstLine(); i <= s.lastLine() && i <= source.size(); i++) {
            out.add("// " + source.get(i - 1));
        }
        return out;
    }

    private void assignment(List<Token> tokens, int eq) {
        if (eq != 1 || tokens.get(0).kind() != Token.Kind.NAME) {
            throw new Untranslatable("assignment");
        }
        Expr value = PyParser.parse(tokens, eq + 1, tokens.size());
        if (!isTableDefinition(value) && !isGetBind(value)) {
            throw new Untranslatable("assignment of a value other than sa.table(...) or op.get_bind()");
        }
        locals.put(tokens.get(0).text(), value);
        lines.add("// " + tokens.get(0).text() + " = " + (isGetBind(value) ? "op.get_bind()" : "sa.table(...)")
                + ": used below");
    }

    static boolean isTableDefinition(Expr e) {
        return e instanceof Expr.Call c && "table".equals(Expr.simpleName(c.function()));
    }

    static boolean isGetBind(Expr e) {
        return e instanceof Expr.Call c && "op.get_bind".equals(Expr.dotted(c.function()));
    }

    private String call(Expr e) {
        if (!(e instanceof Expr.Call c) || !(c.function() instanceof Expr.Attr a) || !(a.target() instanceof Expr.Name n)) {
            throw new Untranslatable("not an op call");
        }
        if (!n.id().equals("op")) {
            if (locals.get(n.id()) != null && isGetBind(locals.get(n.id())) && a.name().equals("execute")) {
                return execute(c);
            }
            throw new Untranslatable("not an op call");
        }
        return OpCalls.translate(a.name(), c, this);
    }

    String execute(Expr.Call c) {
        if (c.args().size() != 1 || !c.kwargs().isEmpty() || !Values.isSql(c.args().get(0))) {
            throw new Untranslatable("execute of something other than a SQL string or text(...) without parameters");
        }
        return "op.execute(" + JavaText.literal(Values.sql(c.args().get(0))) + ")";
    }

    /** The table name a {@code sa.table('name', ...)} local or call gives. */
    String tableName(Expr e) {
        Expr definition = e instanceof Expr.Name n ? locals.get(n.id()) : e;
        if (definition instanceof Expr.Call c && isTableDefinition(c) && !c.args().isEmpty()) {
            return Values.string(c.args().get(0));
        }
        throw new Untranslatable("bulk_insert needs a sa.table('name', ...) defined in the same function");
    }
}
