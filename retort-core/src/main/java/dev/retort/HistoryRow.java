package dev.retort;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the history table: a revision applied, reverted or stamped, or a migration that stopped
 * part-way ({@code success} false).
 *
 * @param id              the row's number, in the order rows were written (0 before it is written)
 * @param revision        the revision id
 * @param kind            upgrade, downgrade, stamp, or repeatable (then {@code revision} is the script's name)
 * @param checksum        SHA-256 of the script as it ran (hex), or null when unknown (a class given in code)
 * @param statementsTotal the statements the script holds for this direction, or null when unknown (Java)
 * @param statementsDone  the statements that ran and committed
 * @param success         true when the step completed
 * @param durationMillis  how long it ran, or null while it runs (or when the process died)
 * @param appliedBy       the database user and the operating-system user
 * @param appliedAt       when it started, ISO-8601 UTC
 * @param message         the revision's message on success, the error on failure
 * @param statementHashes a short hash of each statement that committed, space-separated, in order (so that
 *                        {@code --resume} can tell whether they are still the script's first statements); null
 *                        when not recorded (a step that was not tracked, or a row older than the column)
 */
public record HistoryRow(long id, String revision, Kind kind, String checksum, Integer statementsTotal,
        int statementsDone, boolean success, Long durationMillis, String appliedBy, String appliedAt, String message,
        String statementHashes) {

    /**
     * What a row records; stored lower-case in the {@code direction} column. {@link #REPEATABLE}: a repeatable
     * script applied, its name in {@code revision}.
     */
    public enum Kind {
        UPGRADE, DOWNGRADE, STAMP, REPEATABLE;

        public String column() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    public HistoryRow {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(kind, "kind");
    }

    /** A row without statement hashes. */
    public HistoryRow(long id, String revision, Kind kind, String checksum, Integer statementsTotal, int statementsDone,
            boolean success, Long durationMillis, String appliedBy, String appliedAt, String message) {
        this(id, revision, kind, checksum, statementsTotal, statementsDone, success, durationMillis, appliedBy, appliedAt,
                message, null);
    }

    /** This row with {@code id}. */
    public HistoryRow withId(long id) {
        return new HistoryRow(id, revision, kind, checksum, statementsTotal, statementsDone, success, durationMillis,
                appliedBy, appliedAt, message, statementHashes);
    }

    /** True for a row that records a migration which never finished (it failed part-way, or the process died). */
    public boolean incomplete() {
        return !success;
    }
}
