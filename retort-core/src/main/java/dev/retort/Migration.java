package dev.retort;

/**
 * A migration script written in Java: one revision's way up and way down.
 *
 * <p>Scripts live in {@code versions/} as {@code <rev>_<slug>.java}, hold one class annotated with
 * {@link Revision}, and are compiled by Retort when they are first needed.
 */
public interface Migration {
    /** Applies this revision's changes. */
    void upgrade(Op op) throws Exception;

    /** Reverts what {@link #upgrade(Op)} did. */
    void downgrade(Op op) throws Exception;
}
