package dev.retort;

/** Which way a migration step runs. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    /** {@code upgrade} or {@code downgrade}, as in {@code Running upgrade a -> b}. */
    public String verb() {
        return this == UPGRADE ? "upgrade" : "downgrade";
    }
}
