package dev.retort;

/**
 * Which way a migration step runs; {@link #REPEATABLE} for a repeatable script an {@code upgrade} re-applied
 * after its revisions (the step's {@code revision} is then the script's name).
 */
public enum Direction {
    UPGRADE, DOWNGRADE, REPEATABLE;

    /** {@code upgrade}, {@code downgrade} or {@code repeatable}, as in {@code Running upgrade a -> b}. */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
