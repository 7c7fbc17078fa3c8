package dev.retort.imports.python;

import java.util.List;
import java.util.Map;

/** A Python expression of the subset Alembic revision files use: literals, names, attributes, calls, displays. */
public sealed interface Expr {
    record Name(String id) implements Expr { }

    record Attr(Expr target, String name) implements Expr { }

    /** A call; {@code kwargs} keeps the source order. */
    record Call(Expr function, List<Expr> args, Map<String, Expr> kwargs) implements Expr {
        public Expr kw(String name) {
            return kwargs.get(name);
        }
    }

    /** A string literal (adjacent literals joined); {@code formatted} for an f-string. */
    record Str(String value, boolean formatted) implements Expr { }

    record Num(String text) implements Expr { }

    record Tuple(List<Expr> items) implements Expr { }

    record ListExpr(List<Expr> items) implements Expr { }

    record Dict(List<Expr> keys, List<Expr> values) implements Expr { }

    /** {@code sa.Column} for {@code sa.Column}, {@code Column} for {@code Column}; null when not a dotted name. */
    static String dotted(Expr e) {
        if (e instanceof Name n) {
            return n.id();
        }
        if (e instanceof Attr a) {
            String head = dotted(a.target());
            return head == null ? null : head + "." + a.name();
        }
        return null;
    }

    /** The last part of a dotted name ({@code Column} for {@code sa.Column}), or null. */
    static String simpleName(Expr e) {
        String d = dotted(e);
        return d == null ? null : d.substring(d.lastIndexOf('.') + 1);
    }
}
