package dev.retort.script;

import dev.retort.revision.RevisionGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migration environment on disk (Alembic's {@code ScriptDirectory}): {@code versions/} with the
 * scripts, and the templates for new ones. Reading it parses headers only; nothing is compiled.
 */
public final class ScriptDirectory {

    private ScriptDirectory() {
    }

    /**
     * Opens the environment at {@code scriptLocation}.
     *
     * @param versionLocations folders holding scripts; empty means {@code scriptLocation/versions}
     * @throws dev.retort.RetortException CONFIG when the folder does not exist (the message suggests
     *         {@code retort init}); SCRIPT for an unreadable or malformed script
     */
    public static ScriptDirectory open(Path scriptLocation, List<Path> versionLocations) {
        throw new UnsupportedOperationException("TODO");
    }

    public Path location() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Where new scripts go: the first version location. */
    public Path versionsDir() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every script, sorted by file name. */
    public List<Script> scripts() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<Script> script(String revisionId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The graph of all scripts; graph errors name the script files involved. */
    public RevisionGraph graph() {
        throw new UnsupportedOperationException("TODO");
    }
}
