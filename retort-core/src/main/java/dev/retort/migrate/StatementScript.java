package dev.retort.migrate;

import dev.retort.dialect.SqlSyntax;
import java.util.List;
import java.util.Map;

/**
 * A migration that is SQL statements and nothing else (a SQL script): no code of its own runs between them, so
 * the runner may hold the statements back and send them together ({@link dev.retort.dialect.Dialect#batchable}),
 * with the step's version and history rows, where running them one by one through {@code Op} would take a round
 * trip each.
 *
 * <pre>{@code
 * for (StatementScript.Located s : script.locatedStatements(true, dialect.sqlSyntax(), arguments)) {
 *     batch.add(s.sql(), count -> { }, e -> failure(s.origin(), e));
 * }
 * }</pre>
 */
public interface StatementScript {
    /**
     * The statements {@code upgrade(op)} (or {@code downgrade(op)}) would run, in order, as {@code syntax} splits
     * them, with {@code arguments} in their placeholders.
     *
     * @throws dev.retort.error.ScriptException for an undefined placeholder, naming its line
     */
    List<Located> locatedStatements(boolean upgrade, SqlSyntax syntax, Map<String, String> arguments);

    /**
     * One statement and where it comes from.
     *
     * @param origin {@code file:line}, put before the database's message when the statement fails
     */
    record Located(String sql, String origin) {
    }
}
