package dev.retort;

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
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
