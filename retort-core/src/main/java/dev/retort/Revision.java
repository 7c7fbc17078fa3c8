package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java migration script's place in the revision graph.
 *
 * <p>Retort reads this annotation from the script's <em>source text</em>, without compiling it, so
 * that {@code history}, {@code heads} and {@code current} stay fast. Keep its values plain string
 * literals (or arrays of them).
 *
 * <pre>{@code
 * @Revision(id = "523dbb60ecfe", revises = "1975ea83b712",
 *           message = "update free plan tokens to 10000", created = "2026-11-25T10:00:00Z")
 * class UpdateFreePlanTokens implements Migration {
 *     public void upgrade(Op op)   { op.execute("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'"); }
 *     public void downgrade(Op op) { op.execute("UPDATE plans SET monthly_token_limit = 2000 WHERE name = 'free'"); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id, unique in the project (Alembic's {@code revision}). */
    String id();

    /** Parent revisions (Alembic's {@code down_revision}); empty for a base, several for a merge. */
    String[] revises() default {};

    /** Revisions that must be applied first, without being parents (Alembic's {@code depends_on}). */
    String[] dependsOn() default {};

    /** Names for the branch that starts at or passes through this revision. */
    String[] branchLabels() default {};

    /** What the revision does, in a few words. */
    String message() default "";

    /** When the script was written, ISO-8601. */
    String created() default "";

    /**
     * Whether the migration runs inside a transaction with its version-table update. Set to false for
     * statements a database refuses inside a transaction ({@code CREATE INDEX CONCURRENTLY}).
     */
    boolean transactional() default true;

    /**
     * How long each statement may wait for a table lock before it fails ({@code "2s"}, {@code "500ms"}), so DDL
     * queued behind traffic does not stall the table; empty for the run's setting. PostgreSQL's {@code lock_timeout}.
     */
    String lockTimeout() default "";

    /** How long each statement may run ({@code "1m"}); empty for the run's setting. PostgreSQL's {@code statement_timeout}. */
    String statementTimeout() default "";
}
