package dev.retort.migrate;

import dev.retort.revision.RevisionNode;
import java.util.List;
import java.util.Map;

/**
 * Supplies the migrations of a plan's revisions. Called once per plan with all of them, before anything
 * runs, so Java scripts compile in one go; never called for an empty plan.
 */
@FunctionalInterface
public interface MigrationSource {
    /** Each revision's migration, keyed by revision id; every revision given must be present. */
    Map<String, LoadedMigration> load(List<RevisionNode> revisions);
}
