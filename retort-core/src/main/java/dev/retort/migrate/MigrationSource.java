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

    /**
     * The checksum of a revision's script as it is now (SHA-256, hex), without loading it; null when unknown.
     * Compared with the history table's record to catch edits of applied scripts.
     */
    default String checksum(String revision) {
        return null;
    }

    /** Where a revision's script is, for messages: its file, or its class. */
    default String describe(String revision) {
        return revision;
    }
}
