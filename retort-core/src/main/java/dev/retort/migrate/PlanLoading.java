package dev.retort.migrate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.Plan;
import dev.retort.revision.RevisionNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads all of a plan's migrations in one call to the source, and checks none is missing. */
final class PlanLoading {
    private PlanLoading() {
    }

    static Map<String, LoadedMigration> load(MigrationSource source, Plan plan) {
        Map<String, RevisionNode> revisions = new LinkedHashMap<>();
        plan.steps().forEach(s -> revisions.putIfAbsent(s.revision().id(), s.revision()));
        Map<String, LoadedMigration> loaded = source.load(List.copyOf(revisions.values()));
        for (String id : revisions.keySet()) {
            if (loaded == null || loaded.get(id) == null) {
                throw new RetortException(ErrorCode.SCRIPT, "no migration was loaded for revision " + id
                        + " (" + revisions.get(id).origin() + ")");
            }
        }
        return Map.copyOf(loaded);
    }
}
