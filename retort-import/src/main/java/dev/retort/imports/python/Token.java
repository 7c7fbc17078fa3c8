package dev.retort.imports.python;

/** One Python token: a name, a number, a (decoded) string, or an operator, with the line it starts on. */
public record Token(Kind kind, String text, int line) {
    public enum Kind { NAME, NUMBER, STRING, FSTRING, OP }

    public boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }
}
