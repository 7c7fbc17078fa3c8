package dev.retort.revision;

/**
 * {@code [FROM:]TO} of an offline command ({@code upgrade --sql ae10:head}) or {@code history -r}.
 *
 * @param from the start, or null when the range has none ({@code head}, {@code :head})
 * @param to   the end, or null when open ({@code ae10:}, history only)
 */
public record TargetRange(Target from, Target to) {
    /** Whether either end can only be resolved against the database's version rows. */
    public boolean readsDatabase() {
        return from != null && from.readsDatabase() || to != null && to.readsDatabase();
    }
}
