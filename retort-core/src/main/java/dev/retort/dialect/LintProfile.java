package dev.retort.dialect;

/**
 * What {@code retort lint} checks on this database.
 *
 * @param concurrentIndexes    {@code CREATE INDEX CONCURRENTLY} exists (and cannot run in a transaction)
 * @param notValidConstraints  foreign keys and checks can be added {@code NOT VALID} and validated later
 * @param lockTimeout          DDL waits for its lock behind long queries unless {@code lock_timeout} is set
 * @param checkBeforeSetNotNull {@code SET NOT NULL} scans the table unless a validated {@code CHECK (c IS NOT NULL)} exists
 * @param typeChangeRewrites   {@code ALTER COLUMN ... TYPE} rewrites the table except for binary-compatible widening
 * @param modifyCopiesTable    {@code MODIFY}/{@code CHANGE COLUMN} may copy the table unless {@code ALGORITHM=INPLACE|INSTANT}
 */
public record LintProfile(boolean concurrentIndexes, boolean notValidConstraints, boolean lockTimeout,
                          boolean checkBeforeSetNotNull, boolean typeChangeRewrites, boolean modifyCopiesTable) {
    /** Only the rules every database shares. */
    public static final LintProfile GENERIC = new LintProfile(false, false, false, false, false, false);
}
