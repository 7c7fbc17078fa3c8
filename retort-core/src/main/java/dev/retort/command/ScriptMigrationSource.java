package dev.retort.command;

import dev.retort.Migration;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionNode;
import dev.retort.script.Script;
import dev.retort.script.ScriptChecksum;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptLoader;
import dev.retort.script.SqlMigration;
import dev.retort.script.StatementSplitter.Lexing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Feeds the runner from the scripts on disk: every pending Java script compiled in one call. */
final class ScriptMigrationSource implements MigrationSource {
    private final ScriptDirectory scripts;
    private final Path cacheDir;

    ScriptMigrationSource(ScriptDirectory scripts, Path cacheDir) {
        this.scripts = scripts;
        this.cacheDir = cacheDir;
    }

    @Override
    public Map<String, LoadedMigration> load(List<RevisionNode> revisions) {
        List<Script> wanted = new ArrayList<>(revisions.size());
        for (RevisionNode node : revisions) {
            wanted.add(scripts.script(node.id()).orElseThrow(() -> new IllegalStateException("no script for " + node.id())));
        }
        Map<String, Migration> loaded = new ScriptLoader(cacheDir).load(wanted);
        Map<String, LoadedMigration> result = new LinkedHashMap<>();
        for (Script script : wanted) {
            result.put(script.id(), loaded(loaded.get(script.id()), script));
        }
        return result;
    }

    /** A script's migration with its checksum, and its statement counts when it is SQL. */
    static LoadedMigration loaded(Migration migration, Script script) {
        String checksum = ScriptChecksum.of(script.path());
        if (migration instanceof SqlMigration sql) {
            return new LoadedMigration(sql, script.header().message(), script.header().transactional(), checksum,
                    count(sql.upgradeStatements(), sql.upgradeStatements(Lexing.MYSQL)),
                    count(sql.downgradeStatements(), sql.downgradeStatements(Lexing.MYSQL)));
        }
        return new LoadedMigration(migration, script.header().message(), script.header().transactional(), checksum, -1, -1);
    }

    /** The statement count, or -1 (unknown until run) when it depends on the database's lexing. */
    private static int count(List<?> standard, List<?> mysql) {
        return standard.size() == mysql.size() ? standard.size() : -1;
    }

    @Override
    public String checksum(String revision) {
        return scripts.script(revision).map(s -> ScriptChecksum.of(s.path())).orElse(null);
    }

    @Override
    public String describe(String revision) {
        return scripts.script(revision).map(s -> s.path().toString()).orElse(revision);
    }
}
