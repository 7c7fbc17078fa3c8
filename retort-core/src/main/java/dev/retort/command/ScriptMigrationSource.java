package dev.retort.command;

import dev.retort.Migration;
import dev.retort.dialect.SqlSyntax;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionNode;
import dev.retort.script.InParallel;
import dev.retort.script.Script;
import dev.retort.script.ScriptChecksum;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptLoader;
import dev.retort.script.SqlMigration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the runner from the scripts on disk: every pending Java script compiled in one call, every SQL script's
 * statements counted as the database the migrations run on reads them.
 */
final class ScriptMigrationSource implements MigrationSource {
    private final ScriptDirectory scripts;
    private final Path cacheDir;
    private final SqlSyntax syntax;

    ScriptMigrationSource(ScriptDirectory scripts, Path cacheDir, SqlSyntax syntax) {
        this.scripts = scripts;
        this.cacheDir = cacheDir;
        this.syntax = syntax;
    }

    @Override
    public Map<String, LoadedMigration> load(List<RevisionNode> revisions) {
        List<Script> wanted = new ArrayList<>(revisions.size());
        for (RevisionNode node : revisions) {
            wanted.add(scripts.script(node.id()).orElseThrow(() -> new IllegalStateException("no script for " + node.id())));
        }
        ScriptLoader loader = new ScriptLoader(cacheDir);
        Map<String, Migration> loaded = loader.load(wanted);
        // Splitting each SQL script's sections (to count its statements) is most of loading one: many at once.
        List<LoadedMigration> done = InParallel.map(wanted,
                script -> loaded(loaded.get(script.id()), script, syntax, loader.checksum(script)));
        Map<String, LoadedMigration> result = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            result.put(wanted.get(i).id(), done.get(i));
        }
        return result;
    }

    /**
     * A script's migration with its checksum, and its statement counts when it is SQL, as {@code syntax} (the
     * syntax of the database it runs on) splits it.
     */
    static LoadedMigration loaded(Migration migration, Script script, SqlSyntax syntax) {
        return loaded(migration, script, syntax, ScriptChecksum.of(script.path()));
    }

    /** The same, with the script's checksum already known. */
    static LoadedMigration loaded(Migration migration, Script script, SqlSyntax syntax, String checksum) {
        LoadedMigration loaded = migration instanceof SqlMigration sql
                ? new LoadedMigration(sql, script.header().message(), script.header().transactional(), checksum,
                        sql.upgradeStatements(syntax).size(), sql.downgradeStatements(syntax).size())
                : new LoadedMigration(migration, script.header().message(), script.header().transactional(), checksum, -1, -1);
        return loaded.withTimeouts(script.header().lockTimeout(), script.header().statementTimeout());
    }

    @Override
    public String checksum(String revision) {
        return scripts.script(revision).map(scripts::checksum).orElse(null);
    }

    @Override
    public String describe(String revision) {
        return scripts.script(revision).map(s -> s.path().toString()).orElse(revision);
    }
}
