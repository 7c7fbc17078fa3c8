package dev.retort.error;

/** A revision id, prefix or target expression names no revision. */
public class UnknownRevisionException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String argument;

    public UnknownRevisionException(String argument, String message) {
        super(ErrorCode.UNKNOWN_REVISION, message);
        this.argument = argument;
    }

    /** What the user asked for. */
    public String argument() {
        return argument;
    }
}
