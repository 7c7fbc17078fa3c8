package dev.retort;

import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionNode;
import dev.retort.script.Script;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptLoader;
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
        Map<String, dev.retort.Migration> loaded = new ScriptLoader(cacheDir).load(wanted);
        Map<String, LoadedMigration> result = new LinkedHashMap<>();
        for (Script script : wanted) {
            result.put(script.id(), new LoadedMigration(loaded.get(script.id()), script.header().message(),
                    script.header().transactional()));
        }
        return result;
    }
}
