package dev.retort.revision;

/** Which way a migration step runs. */
public enum Direction {
    UPGRADE,
    DOWNGRADE
}
