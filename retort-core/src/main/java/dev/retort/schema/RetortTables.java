package dev.retort.schema;

/**
 * The default names of the tables Retort keeps in the database it migrates. The configuration, the
 * runner and the schema inspector (which never reports them) all read them from here.
 *
 * <pre>{@code
 * boolean own = name.equalsIgnoreCase(RetortTables.VERSION_TABLE);   // "retort_version"
 * }</pre>
 */
public final class RetortTables {
    /** The version table, in Alembic's {@code alembic_version} shape. */
    public static final String VERSION_TABLE = "retort_version";
    /** The history table: one row per revision applied, reverted or stamped. */
    public static final String HISTORY_TABLE = "retort_history";
    /** The lease lock table: one row per version table whose migration lock is held as a lease. */
    public static final String LOCK_TABLE = "retort_lock";

    private RetortTables() {
    }
}
