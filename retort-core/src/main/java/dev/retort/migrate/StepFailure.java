package dev.retort.migrate;

import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import java.sql.SQLException;

/**
 * The error a failed step reports: what failed, where in the script, which statement, and, when part of it
 * stayed applied, how far it got and the way out.
 */
final class StepFailure {
    private StepFailure() {
    }

    /**
     * @param ran       the statements that ran before the failing one
     * @param committed the statements that stay applied
     * @param recorded  true when a history table records the step (the way out then names --resume/--retry)
     */
    static RetortException of(Step step, LoadedMigration loaded, Dialect dialect, Exception e, int ran, int committed,
            boolean recorded) {
        if (e instanceof RetortException r && !(r instanceof MigrationFailedException)) {
            return r;
        }
        String sql = e instanceof MigrationFailedException m ? m.sql() : null;
        Throwable cause = e instanceof MigrationFailedException && e.getCause() != null ? e.getCause() : e;
        String reason = reason(e, loaded);
        boolean up = step.direction() == Direction.UPGRADE;
        int total = up ? loaded.upgradeStatements() : loaded.downgradeStatements();
        boolean partial = !loaded.transactional() || !dialect.transactionalDdl();
        StringBuilder message = new StringBuilder("Running " + Steps.arrow(step) + " failed");
        if (partial) {
            message.append(" at statement ").append(ran + 1).append(total >= 0 ? " of " + total : "");
        }
        message.append(": ").append(reason);
        if (sql != null && !reason.contains(oneLine(sql))) {
            message.append(" [statement: ").append(abbreviate(sql)).append("]");
        }
        if (partial && committed > 0) {
            message.append(" (").append(committed).append(" statement(s) before it stay applied because ")
                    .append(loaded.transactional() ? dialect.name() + " commits DDL at once"
                            : "the migration runs outside a transaction");
            if (recorded) {
                message.append(wayOut(step, total, committed));
            }
            message.append(")");
        } else if (partial) {
            message.append(" (no statement of it stayed applied: the database is as it was)");
        }
        return new MigrationFailedException(step.revision().id(), sql, oneLine(message.toString()), cause);
    }

    /** The error's own words, after the script's file and line where a Java script threw it. */
    private static String reason(Exception e, LoadedMigration loaded) {
        String reason = e instanceof MigrationFailedException || e instanceof SQLException
                ? String.valueOf(e.getMessage()).strip() : e.toString();
        String where = scriptLine(e, WrappedMigration.unwrap(loaded.migration()).getClass());
        return where != null && !reason.contains(where) ? where + ": " + reason : reason;
    }

    /**
     * The way out repeats the interrupted step's own direction: an interrupted downgrade is finished by a
     * downgrade to where it was going, not by an upgrade.
     */
    private static String wayOut(Step step, int total, int committed) {
        boolean up = step.direction() == Direction.UPGRADE;
        String again = up ? "retort upgrade head"
                : "retort downgrade " + (step.to().isEmpty() ? "base" : step.to().get(0));
        return "; the next " + (up ? "upgrade" : "downgrade") + " will not start until you choose: "
                + (total >= 0 ? "fix the cause and run '" + again + " --resume' to continue at "
                        + "statement " + (committed + 1) + ", or " : "")
                + "undo them by hand and run '" + again + " --retry'";
    }

    /**
     * {@code File.java:line} of the deepest call in the migration's own class (a Java script) where
     * {@code e} was thrown, or null: a script's exception then points at the line that threw it.
     */
    private static String scriptLine(Throwable e, Class<?> migration) {
        String name = migration.getName();
        if (name.startsWith("dev.retort.script.")) {
            return null; // Retort's runner of SQL scripts: its message names the script's file and line already
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String owner = frame.getClassName();
                if ((owner.equals(name) || owner.startsWith(name + "$")) && frame.getFileName() != null
                        && frame.getLineNumber() > 0) {
                    return frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String abbreviate(String sql) {
        String s = oneLine(sql);
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
