package dev.retort;

import java.util.Locale;
import java.util.Objects;

/**
 * One revision's state in the database, as {@code retort status} shows it (Flyway's {@code info}): every
 * revision of the scripts, oldest first, then those the database names but the scripts no longer hold.
 *
 * <pre>{@code
 * for (RevisionStatus s : retort.status()) {
 *     System.out.println(s.id() + " " + s.state().word());   // 1975ea83b712 applied
 * }
 * }</pre>
 *
 * @param id        the revision id
 * @param message   the revision's message; empty for a revision missing from the scripts
 * @param state     where it stands
 * @param appliedAt when its latest history row started (ISO-8601 UTC), or null when there is none
 * @param lastRow   its latest history row, or null; for {@link State#INTERRUPTED} the row that stopped part-way
 * @param repeatable true for a repeatable script (after the revisions, by name): {@code id} is its name, and it is
 *                   {@link State#APPLIED} or {@link State#PENDING} (new, or changed since it last ran, as
 *                   {@code message} says)
 */
public record RevisionStatus(String id, String message, State state, String appliedAt, HistoryRow lastRow,
        boolean repeatable) {

    /** Where a revision stands. */
    public enum State {
        /** Applied, its script unchanged since (or never checked: applied before the history table existed). */
        APPLIED,
        /** Not applied yet. */
        PENDING,
        /** Its migration stopped part-way: {@code lastRow} says how far it got. */
        INTERRUPTED,
        /** Applied, but its script changed since it ran (checksum). */
        EDITED,
        /** Applied (the version table or the history table says so), but no script holds it any more. */
        MISSING;

        /** {@code applied}, {@code pending}, {@code interrupted}, {@code edited}, {@code missing}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RevisionStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
    }

    /** A revision's state. */
    public RevisionStatus(String id, String message, State state, String appliedAt, HistoryRow lastRow) {
        this(id, message, state, appliedAt, lastRow, false);
    }
}
