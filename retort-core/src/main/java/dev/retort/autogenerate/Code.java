package dev.retort.autogenerate;

import java.util.List;

/**
 * Java expressions as a small tree, and the one formatter that lays them out: on one line when they fit in
 * {@link #WIDTH} columns, else one argument (or one chained call) per line, eight spaces further in, as
 * code is written by hand.
 */
sealed interface Code permits Code.Atom, Code.Call, Code.Chain, Code.Lambda {
    int WIDTH = 100;
    String CONTINUATION = "        ";

    /** The expression on one line. */
    String flat();

    /** Text that never breaks: a literal, a name, {@code null}. */
    record Atom(String text) implements Code {
        @Override
        public String flat() {
            return text;
        }
    }

    /** {@code name(args...)}; {@code name} may be qualified ({@code op.addColumn}, {@code new Index}). */
    record Call(String name, List<Code> args) implements Code {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String flat() {
            StringBuilder out = new StringBuilder(name).append('(');
            for (int i = 0; i < args.size(); i++) {
                out.append(i > 0 ? ", " : "").append(args.get(i).flat());
            }
            return out.append(')').toString();
        }
    }

    /** {@code head.link1(...).link2(...)}. */
    record Chain(Code head, List<Call> links) implements Code {
        public Chain {
            links = List.copyOf(links);
        }

        @Override
        public String flat() {
            StringBuilder out = new StringBuilder(head.flat());
            links.forEach(l -> out.append('.').append(l.flat()));
            return out.toString();
        }
    }

    /** {@code p -> body}; a null body is the empty block {@code p -> { }}. */
    record Lambda(String parameter, Code body) implements Code {
        @Override
        public String flat() {
            return parameter + " -> " + (body == null ? "{ }" : body.flat());
        }
    }

    static Atom atom(String text) {
        return new Atom(text);
    }

    static Call call(String name, List<Code> args) {
        return new Call(name, args);
    }

    static Call call(String name, Code... args) {
        return new Call(name, List.of(args));
    }

    /** {@code head} followed by {@code links}; just {@code head} when there are none. */
    static Code chain(Code head, List<Call> links) {
        return links.isEmpty() ? head : new Chain(head, links);
    }

    /**
     * {@code code} as a statement ending in {@code ;}, each line starting with {@code indent}.
     */
    static String statement(Code code, String indent) {
        return indent + layout(code, indent.length(), indent, 1) + ";";
    }

    /**
     * Lays out {@code code} starting at column {@code column} of a line indented by {@code indent}, with
     * {@code tail} characters to follow it on its last line.
     */
    static String layout(Code code, int column, String indent, int tail) {
        String flat = code.flat();
        if (column + flat.length() + tail <= WIDTH) {
            return flat;
        }
        if (code instanceof Call c) {
            return layoutCall(c, column, indent, tail);
        }
        if (code instanceof Chain c) {
            return layoutChain(c, column, indent, tail);
        }
        if (code instanceof Lambda l && l.body() != null) {
            String head = l.parameter() + " -> ";
            return head + layout(l.body(), column + head.length(), indent, tail);
        }
        return flat;
    }

    // Leading string arguments (names) stay on the call's line ("op.createTable(\"users\","), the rest one per line.
    private static String layoutCall(Call c, int column, String indent, int tail) {
        String inner = indent + CONTINUATION;
        StringBuilder out = new StringBuilder(c.name()).append('(');
        int col = column + out.length();
        int i = 0;
        while (i < c.args().size() - 1 && c.args().get(i) instanceof Atom a && a.text().startsWith("\"")
                && col + a.text().length() + 1 <= WIDTH) {
            out.append(i > 0 ? " " : "").append(a.text()).append(',');
            col += a.text().length() + (i > 0 ? 2 : 1);
            i++;
        }
        for (int j = i; j < c.args().size(); j++) {
            boolean last = j == c.args().size() - 1;
            out.append('\n').append(inner)
                    .append(layout(c.args().get(j), inner.length(), inner, last ? tail + 1 : 1))
                    .append(last ? ")" : ",");
        }
        if (c.args().isEmpty()) {
            out.append(')');
        }
        return out.toString();
    }

    // The head and first link on the first line, each further link on a line of its own.
    private static String layoutChain(Chain c, int column, String indent, int tail) {
        String inner = indent + CONTINUATION;
        boolean shortHead = c.head() instanceof Atom;
        StringBuilder out = new StringBuilder();
        int first;
        if (shortHead) {
            String head = c.head().flat() + ".";
            out.append(head).append(layout(c.links().get(0), column + head.length(), inner,
                    c.links().size() == 1 ? tail : 0));
            first = 1;
        } else {
            out.append(layout(c.head(), column, indent, 0));
            first = 0;
        }
        for (int j = first; j < c.links().size(); j++) {
            boolean last = j == c.links().size() - 1;
            out.append('\n').append(inner).append('.')
                    .append(layout(c.links().get(j), inner.length() + 1, inner, last ? tail : 0));
        }
        return out.toString();
    }
}
