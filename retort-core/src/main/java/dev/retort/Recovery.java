package dev.retort;

/**
 * What {@code upgrade} and {@code downgrade} do about a migration that stopped part-way before (it failed,
 * or its process died, on a database or in a script that cannot roll back; the history table says so).
 *
 * <pre>{@code
 * Retort.builder().url(url).scriptLocation(dir).recovery(Recovery.RESUME).build().upgrade("head");
 * }</pre>
 */
public enum Recovery {
    /** Stop with an error that says what happened and the ways out. The default: nothing runs twice unasked. */
    REFUSE,
    /** Continue an interrupted SQL script at the statement that did not complete ({@code --resume}). */
    RESUME,
    /** Run the interrupted migration again from its first statement, after a manual clean-up ({@code --retry}). */
    RETRY
}
