package dev.retort.dialect;

import java.util.Locale;
import java.util.Set;

/**
 * Follows one statement's words to tell whether a semicolon ends it: inside the {@code BEGIN ... END} (or
 * {@code CASE ... END}) body of a {@code CREATE TRIGGER}, {@code PROCEDURE}, {@code FUNCTION} or {@code EVENT}
 * it does not. {@code END IF}, {@code END LOOP}, {@code END WHILE}, {@code END REPEAT} and {@code END FOR} close
 * blocks that were not counted. Fed the significant tokens of a statement in order; {@link #reset()} between
 * statements.
 *
 * <pre>{@code
 * StatementBlocks blocks = new StatementBlocks();
 * // after "CREATE TRIGGER t ... BEGIN UPDATE x SET a = 1": blocks.inBody() == true
 * }</pre>
 */
public final class StatementBlocks {
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> ROUTINE_PREFIX = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "DEFINER",
            "CURRENT_USER", "AGGREGATE", "CONSTRAINT");
    private static final Set<String> END_OF_UNCOUNTED = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

    private int words;
    private boolean definer;
    private Boolean routine;
    private int depth;
    private boolean afterEnd;

    /** Forgets the statement read so far. */
    public void reset() {
        words = 0;
        definer = false;
        routine = null;
        depth = 0;
        afterEnd = false;
    }

    /** True while inside a routine's body, where a semicolon does not end the statement. */
    public boolean inBody() {
        return depth > 0;
    }

    /**
     * Reads the next token of the statement (white space included: only spaces and tabs may stand between
     * {@code END} and the word it closes).
     */
    public void read(SqlLexer.Token token) {
        if (afterEnd) {
            if (token.kind() == SqlLexer.Kind.WHITESPACE && token.text().chars().allMatch(c -> c == ' ' || c == '\t')) {
                return;
            }
            afterEnd = false;
            String next = token.kind() == SqlLexer.Kind.WORD ? letters(token.text()) : "";
            if (!END_OF_UNCOUNTED.contains(next)) {
                depth--;
            }
            if (END_OF_UNCOUNTED.contains(next) || next.equals("CASE")) {
                // Only the letters belong to END; what follows them ("IF$$BEGIN") is read on, past the '$'s.
                String rest = token.text().substring(next.length()).replaceFirst("^\\$+", "");
                if (!rest.isEmpty()) {
                    word(rest.toUpperCase(Locale.ROOT));
                }
                return;
            }
        }
        if (token.kind() == SqlLexer.Kind.WORD || token.kind() == SqlLexer.Kind.NUMBER) {
            word(token.upper());
        }
    }

    private static String letters(String word) {
        int i = 0;
        while (i < word.length() && Character.isLetter(word.charAt(i))) {
            i++;
        }
        return word.substring(0, i).toUpperCase(Locale.ROOT);
    }

    private void word(String w) {
        words++;
        if (routine == null) {
            if (words == 1) {
                if (!w.equals("CREATE")) {
                    routine = false;
                }
            } else if (ROUTINES.contains(w)) {
                routine = true;
            } else if (w.equals("DEFINER")) {
                definer = true;
            } else if (!ROUTINE_PREFIX.contains(w) && !definer || words > 8) {
                routine = false;
            }
            return;
        }
        if (!routine) {
            return;
        }
        switch (w) {
            case "BEGIN", "CASE" -> depth++;
            case "END" -> afterEnd = true;
            default -> {
            }
        }
    }
}
