package dev.retort.imports.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one expression from tokens: names, attributes, calls with keyword arguments, string and number
 * literals, unary minus, tuples, lists and dicts. Anything else (operators, subscripts, lambdas,
 * comprehensions, {@code *args}) is a {@link PySyntaxException}, so the caller keeps the statement as Python.
 */
public final class PyParser {
    private final List<Token> tokens;
    private int pos;

    private PyParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The expression {@code tokens[from, to)} spell, all of it. */
    public static Expr parse(List<Token> tokens, int from, int to) {
        if (from >= to) {
            throw new PySyntaxException(tokens.isEmpty() ? 0 : tokens.get(0).line(), "missing expression");
        }
        PyParser parser = new PyParser(tokens.subList(from, to));
        Expr e = parser.tupleOrExpr();
        if (parser.pos < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.pos);
            throw new PySyntaxException(t.line(), "unsupported '" + t.text() + "'");
        }
        return e;
    }

    private Expr tupleOrExpr() {
        Expr first = expr();
        if (!peek(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (pos >= tokens.size()) {
                break;
            }
            items.add(expr());
        }
        return new Expr.Tuple(items);
    }

    private Expr expr() {
        if (accept("-")) {
            Expr operand = postfix(atom());
            if (operand instanceof Expr.Num n) {
                return new Expr.Num("-" + n.text());
            }
            throw error("unsupported unary minus");
        }
        return postfix(atom());
    }

    private Expr postfix(Expr e) {
        while (pos < tokens.size()) {
            if (accept(".")) {
                e = new Expr.Attr(e, next(Token.Kind.NAME).text());
            } else if (accept("(")) {
                e = call(e);
            } else {
                break;
            }
        }
        return e;
    }

    private Expr call(Expr function) {
        List<Expr> args = new ArrayList<>();
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        while (!accept(")")) {
            if (peek("*") || peek("**")) {
                throw error("unsupported *args");
            }
            if (pos + 1 < tokens.size() && tokens.get(pos).kind() == Token.Kind.NAME && tokens.get(pos + 1).is("=")) {
                String name = tokens.get(pos).text();
                pos += 2;
                kwargs.put(name, expr());
            } else {
                args.add(expr());
            }
            if (!accept(",")) {
                expect(")");
                break;
            }
        }
        return new Expr.Call(function, args, kwargs);
    }

    private Expr atom() {
        if (pos >= tokens.size()) {
            throw error("unexpected end of expression");
        }
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case NAME -> {
                if (List.of("lambda", "not", "await", "yield", "if", "for", "in").contains(t.text())) {
                    throw new PySyntaxException(t.line(), "unsupported '" + t.text() + "'");
                }
                return new Expr.Name(t.text());
            }
            case NUMBER -> {
                return new Expr.Num(t.text());
            }
            case STRING, FSTRING -> {
                StringBuilder value = new StringBuilder(t.text());
                boolean formatted = t.kind() == Token.Kind.FSTRING;
                while (pos < tokens.size() && (tokens.get(pos).kind() == Token.Kind.STRING
                        || tokens.get(pos).kind() == Token.Kind.FSTRING)) {
                    formatted |= tokens.get(pos).kind() == Token.Kind.FSTRING;
                    value.append(tokens.get(pos++).text());
                }
                return new Expr.Str(value.toString(), formatted);
            }
            default -> {
                return display(t);
            }
        }
    }

    private Expr display(Token t) {
        String close = switch (t.text()) {
            case "(" -> ")";
            case "[" -> "]";
            case "{" -> "}";
            default -> throw new PySyntaxException(t.line(), "unsupported '" + t.text() + "'");
        };
        List<Expr> items = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean comma = false;
        while (!accept(close)) {
            items.add(expr());
            if (close.equals("}")) {
                expect(":");
                values.add(expr());
            }
            if (!accept(",")) {
                expect(close);
                break;
            }
            comma = true;
        }
        return switch (close) {
            case ")" -> items.size() == 1 && !comma ? items.get(0) : new Expr.Tuple(items);
            case "]" -> new Expr.ListExpr(items);
            default -> new Expr.Dict(items, values);
        };
    }

    private boolean peek(String op) {
        return pos < tokens.size() && tokens.get(pos).kind() == Token.Kind.OP && tokens.get(pos).text().equals(op);
    }

    private boolean accept(String op) {
        if (peek(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String op) {
        if (!accept(op)) {
            throw error(pos < tokens.size() ? "unsupported '" + tokens.get(pos).text() + "'" : "expected '" + op + "'");
        }
    }

    private Token next(Token.Kind kind) {
        if (pos >= tokens.size() || tokens.get(pos).kind() != kind) {
            throw error("expected a name");
        }
        return tokens.get(pos++);
    }

    private PySyntaxException error(String message) {
        int line = tokens.get(Math.min(pos, tokens.size() - 1)).line();
        return new PySyntaxException(line, message);
    }
}
