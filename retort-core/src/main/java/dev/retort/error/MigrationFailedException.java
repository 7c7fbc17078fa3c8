package dev.retort.error;

/** A migration's statement failed on the database; the migration was rolled back where possible. */
public class MigrationFailedException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final String sql;

    public MigrationFailedException(String revision, String sql, String message, Throwable cause) {
        super(ErrorCode.MIGRATION_FAILED, message, cause);
        this.revision = revision;
        this.sql = sql;
    }

    /** The revision whose migration failed. */
    public String revision() {
        return revision;
    }

    /** The statement that failed, or null when the failure was not in a statement. */
    public String sql() {
        return sql;
    }
}
