package dev.retort.command;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.migrate.RepeatableRunner.Repeatable;
import dev.retort.script.RepeatableScript;
import dev.retort.script.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The repeatable scripts of a {@link ScriptSet} made ready for a database: each one's statements and checksum as
 * that database's syntax reads them with the script arguments (placeholders). Reading them fails on an undefined
 * placeholder, before any revision runs.
 */
final class Repeatables {
    private Repeatables() {
    }

    static List<Repeatable> of(ScriptSet scripts, Dialect dialect, Map<String, String> arguments) {
        List<RepeatableScript> found = scripts.repeatables();
        if (found.isEmpty()) {
            return List.of();
        }
        SqlSyntax syntax = dialect.sqlSyntax();
        List<Repeatable> out = new ArrayList<>(found.size());
        for (RepeatableScript script : found) {
            List<StatementSplitter.Statement> statements = script.statements(syntax, arguments);
            out.add(new Repeatable(script.name(), script.checksum(statements), script.migration(), statements.size(), null));
        }
        return out;
    }
}
