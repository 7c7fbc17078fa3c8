package dev.retort.error;


/**
 * Stable codes for everything that can go wrong for a user, as opposed to a bug.
 * The command line maps each to its exit status in one place.
 */
public enum ErrorCode {
    /** A command-line or API argument is malformed. */
    BAD_ARGUMENT,
    /** The configuration file is missing or malformed. */
    CONFIG,
    /** A migration script cannot be read: bad header, bad file name, unreadable file. */
    SCRIPT,
    /** A Java migration script does not compile. */
    COMPILE,
    /** The revision graph is broken: duplicate id, missing parent, cycle. */
    GRAPH,
    /** A revision id or target names no revision. */
    UNKNOWN_REVISION,
    /** A partial revision id or relative target matches more than one revision. */
    AMBIGUOUS_REVISION,
    /** The operation needs a single head and there are several. */
    MULTIPLE_HEADS,
    /** The target cannot be reached in this direction from the current state. */
    INVALID_TARGET,
    /** The database cannot be reached or refused the login. */
    CONNECTION,
    /** A migration failed; its changes were rolled back where the database allows. */
    MIGRATION_FAILED,
    /** The version table holds something Retort cannot make sense of. */
    VERSION_TABLE,
    /** The request needs a live database but runs offline, or the other way round. */
    OFFLINE_UNSUPPORTED,
    /** The database cannot perform the requested operation. */
    UNSUPPORTED,
    /** A file that would be written already exists, or cannot be written. */
    FILE_EXISTS,
    /** Another process holds the migration lock and did not release it in time. */
    LOCKED,
    /** An applied script's content changed since it ran (its checksum differs from the history table's). */
    CHECKSUM_MISMATCH,
    /**
     * A migration that cannot roll back stopped part-way (failed or killed); Retort will not go on until
     * the operator resumes it, retries it or stamps past it.
     */
    MIGRATION_INCOMPLETE
}
