package dev.retort.migrate;

import dev.retort.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.render.JdbcSink;
import java.util.List;

/**
 * A Java script's statements held back by {@link StepRunner}, as a SQL script's are ({@link PendingStatements}): each
 * call of the script that renders only statements the dialect lets wait is kept, with the script's file and line of
 * the call, to go with the step's version and history rows in one round trip. A statement that fails there reads as
 * it does when run at once: {@code Script.java:line}, then the database's message.
 *
 * <pre>{@code
 * HeldStatements held = HeldStatements.forScript(loaded.migration(), pending, dialect);
 * if (held == null || !held.hold(sink.render(operation), done)) { ... run it now ... }
 * }</pre>
 */
final class HeldStatements {
    private final PendingStatements pending;
    private final Dialect dialect;
    private final String scriptClass;

    private HeldStatements(PendingStatements pending, Dialect dialect, String scriptClass) {
        this.pending = pending;
        this.dialect = dialect;
        this.scriptClass = scriptClass;
    }

    /** For a Java script's step; null for a SQL script (held statement by statement already) or when nothing is held. */
    static HeldStatements forScript(Migration migration, PendingStatements pending, Dialect dialect) {
        Migration script = WrappedMigration.unwrap(migration);
        return pending == null || script instanceof StatementScript ? null
                : new HeldStatements(pending, dialect, script.getClass().getName());
    }

    /**
     * Holds {@code rendered} back when each of its statements may wait and the call came from the script's own code;
     * false, holding nothing, otherwise.
     *
     * @param before how many of the step's calls came before this one
     */
    boolean hold(JdbcSink.Rendered rendered, int before) {
        List<String> statements = rendered.plainStatements();
        if (statements == null || !statements.stream().allMatch(dialect::batchable)) {
            return false;
        }
        String origin = callerLine();
        if (origin == null) {
            return false;
        }
        for (String sql : statements) {
            pending.add(new StatementScript.Located(sql, origin), before);
        }
        return true;
    }

    /** {@code File.java:line} of the script's own frame that made the call, as a failure would name it, or null. */
    private String callerLine() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().equals(scriptClass) || f.getClassName().startsWith(scriptClass + "$"))
                .filter(f -> f.getFileName() != null && f.getLineNumber() > 0)
                .findFirst()
                .map(f -> f.getFileName() + ":" + f.getLineNumber())
                .orElse(null));
    }
}
