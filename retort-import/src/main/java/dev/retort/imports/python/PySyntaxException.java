package dev.retort.imports.python;

/** Python this reader does not understand, at a line of the file. */
public final class PySyntaxException extends RuntimeException {
    private final int line;

    public PySyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
