package dev.retort.error;

import java.nio.file.Path;

/**
 * A migration script cannot be used: its header is malformed, or it does not compile. The message
 * starts with {@code file:line:} where a line is known.
 */
public class ScriptException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public ScriptException(ErrorCode code, Path file, int line, String problem) {
        this(code, file, line, problem, null);
    }

    public ScriptException(ErrorCode code, Path file, int line, String problem, Throwable cause) {
        super(code, location(file, line) + problem, cause);
        this.file = file;
        this.line = line;
    }

    private static String location(Path file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    public Path file() {
        return file;
    }

    /** One-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
