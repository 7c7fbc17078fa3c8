package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import java.util.ArrayList;
import java.util.List;

/** Python literal values as Java values, or {@link Untranslatable}. */
final class Values {
    private Values() {
    }

    static String string(Expr e) {
        if (e instanceof Expr.Str s && !s.formatted()) {
            return s.value();
        }
        if (e instanceof Expr.Call c && "f".equals(Expr.simpleName(c.function())) && c.args().size() == 1) {
            return string(c.args().get(0));
        }
        throw new Untranslatable("expected a string literal");
    }

    /** SQL given as a string or {@code sa.text("...")} / {@code text("...")}. */
    static String sql(Expr e) {
        if (e instanceof Expr.Call c && "text".equals(Expr.simpleName(c.function())) && c.args().size() == 1
                && c.kwargs().isEmpty()) {
            return string(c.args().get(0));
        }
        return string(e);
    }

    static boolean isSql(Expr e) {
        return e instanceof Expr.Str s && !s.formatted() || e instanceof Expr.Call c
                && "text".equals(Expr.simpleName(c.function()));
    }

    static int integer(Expr e) {
        if (e instanceof Expr.Num n && n.text().matches("-?\\d+")) {
            return Integer.parseInt(n.text());
        }
        throw new Untranslatable("expected an integer literal");
    }

    static boolean isNone(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("None");
    }

    static boolean isFalse(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("False");
    }

    static boolean bool(Expr e, boolean absent) {
        if (e == null) {
            return absent;
        }
        if (e instanceof Expr.Name n && (n.id().equals("True") || n.id().equals("False"))) {
            return n.id().equals("True");
        }
        throw new Untranslatable("expected True or False");
    }

    static List<Expr> items(Expr e) {
        if (e instanceof Expr.ListExpr l) {
            return l.items();
        }
        if (e instanceof Expr.Tuple t) {
            return t.items();
        }
        throw new Untranslatable("expected a list");
    }

    static List<String> strings(List<Expr> items) {
        List<String> out = new ArrayList<>();
        for (Expr e : items) {
            out.add(string(e));
        }
        return out;
    }

    /** A Java value for {@code op.bulkInsert}: string, number, boolean or null. */
    static String value(Expr e) {
        if (e instanceof Expr.Str) {
            return JavaText.literal(string(e));
        }
        if (e instanceof Expr.Num n) {
            if (n.text().matches("-?\\d+")) {
                long v = Long.parseLong(n.text());
                return v == (int) v ? n.text() : n.text() + "L";
            }
            if (n.text().matches("-?\\d*\\.\\d*([eE][-+]?\\d+)?")) {
                return n.text();
            }
        }
        if (e instanceof Expr.Name n) {
            switch (n.id()) {
                case "True" -> { return "true"; }
                case "False" -> { return "false"; }
                case "None" -> { return "null"; }
                default -> { }
            }
        }
        throw new Untranslatable("a value other than a string, number, boolean or None");
    }

    /** {@code 'CASCADE'} → {@code CASCADE}, {@code 'SET NULL'} → {@code SET_NULL}. */
    static String action(Expr e) {
        String value = string(e).strip().toUpperCase().replaceAll("\\s+", "_");
        if (!List.of("CASCADE", "SET_NULL", "SET_DEFAULT", "RESTRICT", "NO_ACTION").contains(value)) {
            throw new Untranslatable("referential action " + string(e));
        }
        return value;
    }

    /** {@code .onDelete(...)} / {@code .onUpdate(...)} from a call's {@code ondelete=} / {@code onupdate=}. */
    static String referentialActions(Expr.Call c) {
        StringBuilder b = new StringBuilder();
        if (c.kw("ondelete") != null && !isNone(c.kw("ondelete"))) {
            b.append(".onDelete(").append(action(c.kw("ondelete"))).append(")");
        }
        if (c.kw("onupdate") != null && !isNone(c.kw("onupdate"))) {
            b.append(".onUpdate(").append(action(c.kw("onupdate"))).append(")");
        }
        return b.toString();
    }
}
