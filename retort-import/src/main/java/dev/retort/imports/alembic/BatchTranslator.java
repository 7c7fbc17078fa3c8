package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import dev.retort.imports.python.PyParser;
import dev.retort.imports.python.PySyntaxException;
import dev.retort.imports.python.PyStatement;
import dev.retort.imports.python.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** {@code with op.batch_alter_table("t") as batch_op:} and its body as {@code op.batch("t", b -> b...)}. */
final class BatchTranslator {
    private BatchTranslator() {
    }

    static List<String> translate(PyStatement with, Map<String, Expr> locals,
            BiFunction<PyStatement, String, List<String>> keepPython) {
        List<Token> t = with.header().tokens();
        int as = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("as")) {
                as = i;
            }
        }
        if (as < 0 || as + 3 != t.size()) {
            throw new Untranslatable("a with statement other than op.batch_alter_table(...) as name");
        }
        Expr.Call open = SchemaTranslator.call(PyParser.parse(t, 1, as), "batch_alter_table");
        if (!"op.batch_alter_table".equals(Expr.dotted(open.function()))) {
            throw new Untranslatable("a with statement other than op.batch_alter_table(...)");
        }
        for (String key : open.kwargs().keySet()) {
            if (!key.equals("table_name") && !(key.equals("schema") && Values.isNone(open.kw(key)))
                    && !key.equals("recreate")) {
                throw new Untranslatable("batch_alter_table option " + key + "=");
            }
        }
        String name = t.get(as + 1).text();
        List<String> out = new ArrayList<>();
        String table = Values.string(OpCalls.arg(open, 0, "table_name"));
        out.add("op.batch(" + JavaText.literal(table) + ", b -> b");
        for (PyStatement s : with.body()) {
            List<Token> st = s.header().tokens();
            if (st.size() == 1 && st.get(0).is("pass")) {
                continue;
            }
            try {
                if (!s.body().isEmpty()) {
                    throw new Untranslatable("control flow");
                }
                out.add("        ." + call(PyParser.parse(st, 0, st.size()), name, table));
            } catch (Untranslatable | PySyntaxException e) {
                for (String line : keepPython.apply(s, e.getMessage())) {
                    out.add("        " + line);
                }
            }
        }
        out.set(out.size() - 1, out.get(out.size() - 1) + (out.get(out.size() - 1).strip().startsWith("//") ? "\n);" : ");"));
        return out;
    }

    private static String call(Expr e, String batchName, String table) {
        if (!(e instanceof Expr.Call c) || !(c.function() instanceof Expr.Attr a)
                || !(a.target() instanceof Expr.Name n) || !n.id().equals(batchName)) {
            throw new Untranslatable("not a " + batchName + " call");
        }
        return switch (a.name()) {
            case "add_column" -> "addColumn(" + SchemaTranslator.column(OpCalls.arg(c, 0, "column"), table, false) + ")";
            case "drop_column" -> "dropColumn(" + str(c, 0, "column_name") + ")";
            case "alter_column" -> "alterColumn(" + str(c, 0, "column_name") + ", " + OpCalls.alterColumn(c, 1) + ")";
            case "create_index" -> "createIndex(" + str(c, 0, "index_name") + OpCalls.index(c, 1) + ")";
            case "drop_index" -> "dropIndex(" + str(c, 0, "index_name") + ")";
            case "create_unique_constraint" -> "createUniqueConstraint(" + str(c, 0, "constraint_name") + ", "
                    + JavaText.literals(Values.strings(Values.items(OpCalls.arg(c, 1, "columns")))) + ")";
            case "create_primary_key" -> "createPrimaryKey(" + str(c, 0, "constraint_name") + ", "
                    + JavaText.literals(Values.strings(Values.items(OpCalls.arg(c, 1, "columns")))) + ")";
            case "create_foreign_key" -> "createForeignKey(" + OpCalls.foreignKey(c, 0, 1, 2, 3) + ")";
            case "create_check_constraint" -> "createCheckConstraint(" + str(c, 0, "constraint_name") + ", "
                    + JavaText.literal(Values.sql(OpCalls.arg(c, 1, "condition"))) + ")";
            case "drop_constraint" -> "dropConstraint(" + str(c, 0, "constraint_name") + OpCalls.constraintKind(c) + ")";
            default -> throw new Untranslatable(batchName + "." + a.name() + " has no translation");
        };
    }

    private static String str(Expr.Call c, int index, String keyword) {
        return JavaText.literal(Values.string(OpCalls.arg(c, index, keyword)));
    }
}
