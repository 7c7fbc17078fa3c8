package dev.retort.imports.python;

import java.util.List;

/** A Python logical line: its indentation, its tokens, and the physical lines it spans (1-based). */
public record LogicalLine(int indent, List<Token> tokens, int firstLine, int lastLine) {
    public LogicalLine {
        tokens = List.copyOf(tokens);
    }

    public boolean startsWith(String word) {
        return !tokens.isEmpty() && tokens.get(0).is(word);
    }

    /** A compound statement's header ends with a colon: {@code def upgrade():}, {@code with ... as b:}. */
    public boolean opensBlock() {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(":");
    }
}
