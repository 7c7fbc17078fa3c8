package dev.retort.error;

import java.util.List;

/** The request needs one head, and the revision graph (or the database) has several. */
public class MultipleHeadsException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final List<String> heads;

    public MultipleHeadsException(List<String> heads, String message) {
        super(ErrorCode.MULTIPLE_HEADS, message);
        this.heads = List.copyOf(heads);
    }

    public List<String> heads() {
        return heads;
    }
}
