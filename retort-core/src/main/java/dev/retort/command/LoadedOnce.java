package dev.retort.command;

import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link MigrationSource} that loads each revision's migration once for as long as its {@link ScriptSet} is
 * kept (one command, as the set's graph and headers are): {@code upgrade}'s lint and then its run read, parse
 * and split each SQL script once, and compile or take from the class cache each Java script once, defining its
 * classes once. What is missing when asked is loaded in one call, so Java scripts still compile together.
 */
final class LoadedOnce extends SourceOver {
    private final Map<String, LoadedMigration> loaded = new HashMap<>();

    LoadedOnce(MigrationSource source) {
        super(source);
    }

    @Override
    public synchronized Map<String, LoadedMigration> load(List<RevisionNode> revisions) {
        List<RevisionNode> missing = new ArrayList<>();
        for (RevisionNode revision : revisions) {
            if (!loaded.containsKey(revision.id())) {
                missing.add(revision);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, LoadedMigration> fresh = source.load(missing);
            if (fresh != null) {
                fresh.forEach((id, migration) -> {
                    if (migration != null) {
                        loaded.put(id, migration);
                    }
                });
            }
        }
        Map<String, LoadedMigration> out = new LinkedHashMap<>();
        for (RevisionNode revision : revisions) {
            LoadedMigration migration = loaded.get(revision.id());
            if (migration != null) {
                out.put(revision.id(), migration);
            }
        }
        return out;
    }
}
