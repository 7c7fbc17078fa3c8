package dev.retort.error;

import java.util.Objects;

/**
 * The one exception Retort throws for a user's mistake or a database's refusal. Its message is a
 * single line that says what went wrong and, where possible, what to do next.
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RetortException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public RetortException(ErrorCode code, String message, Throwable cause) {
        super(oneLine(Objects.requireNonNull(message, "message")), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Databases and compilers write several lines ("...\n  Position: 13"); users get one. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public ErrorCode code() {
        return code;
    }
}
