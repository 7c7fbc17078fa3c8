package dev.retort.error;

import java.util.List;

/** A partial revision id or a relative target matches more than one revision. */
public class AmbiguousRevisionException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String argument;
    private final List<String> candidates;

    public AmbiguousRevisionException(String argument, List<String> candidates, String message) {
        super(ErrorCode.AMBIGUOUS_REVISION, message);
        this.argument = argument;
        this.candidates = List.copyOf(candidates);
    }

    public String argument() {
        return argument;
    }

    /** The revisions that matched. */
    public List<String> candidates() {
        return candidates;
    }
}
