package dev.retort.revision;

/**
 * A parsed target expression, as Alembic reads it. {@code branch} is what stands before an {@code @}: a
 * branch label or a revision id used as one (its lineage: its ancestors and descendants); null when absent.
 *
 * <pre>{@code
 * head, heads, base            Head(null), Heads(null), Base(null)
 * ae10, lib1                    Rev(null, "ae10"), Rev(null, "lib1")   (a bare label names its own revision)
 * lib1@head, lib1@base          Head("lib1"), Base("lib1")
 * lib1@ae10, ae10@b7e1          Rev("lib1", "ae10"), Rev("ae10", "b7e1")
 * +2, -1, lib1@+1               Relative(null, null, 2), Relative(null, null, -1), Relative("lib1", null, 1)
 * ae10+2, head-1, lib1@base+2   Relative(null, Rev(null, "ae10"), 2), Relative(null, Head(null), -1), ...
 * }</pre>
 */
public sealed interface Target {
    /** The single head ({@code head}), or the single head of a branch ({@code label@head}). */
    record Head(String branch) implements Target { }

    /** Every head, or every head of a branch. */
    record Heads(String branch) implements Target { }

    /** Nothing applied; {@code label@base} is below the branch's first revision. */
    record Base(String branch) implements Target { }

    /** The version table's rows. */
    record Current() implements Target { }

    /** A full or partial id, or a branch label standing for the revision that declares it. */
    record Rev(String branch, String name) implements Target { }

    /**
     * {@code steps} revisions up (positive) or down (negative) from {@code from}, or from where the database
     * is when {@code from} is null; up-walks stay on {@code branch}'s lineage.
     */
    record Relative(String branch, Target from, int steps) implements Target { }

    /** Whether the expression can only be resolved against the database's version rows. */
    default boolean readsDatabase() {
        return this instanceof Current || this instanceof Relative r && (r.from() == null || r.from().readsDatabase());
    }
}
