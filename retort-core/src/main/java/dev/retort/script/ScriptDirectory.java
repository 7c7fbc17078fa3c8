package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ScriptException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration environment on disk (Alembic's {@code ScriptDirectory}): {@code versions/} with the
 * scripts, and the templates for new ones. Reading it parses headers only; nothing is compiled.
 *
 * <pre>{@code
 * ScriptDirectory dir = ScriptDirectory.open(Path.of("migrations"), List.of());
 * RevisionGraph graph = dir.graph();
 * }</pre>
 */
public final class ScriptDirectory {

    /** The folder under a script location that holds scripts by default. */
    public static final String VERSIONS = "versions";

    private final Path location;
    private final List<Path> versionLocations;
    private final List<Script> scripts;
    private final Map<String, Script> byId;
    private RevisionGraph graph;

    private ScriptDirectory(Path location, List<Path> versionLocations, List<Script> scripts, Map<String, Script> byId) {
        this.location = location;
        this.versionLocations = versionLocations;
        this.scripts = scripts;
        this.byId = byId;
    }

    /**
     * Opens the environment at {@code scriptLocation}.
     *
     * @param versionLocations folders holding scripts; empty means {@code scriptLocation/versions}
     * @throws dev.retort.error.RetortException CONFIG when the folder does not exist (the message suggests
     *         {@code retort init}); SCRIPT for an unreadable or malformed script; GRAPH when two scripts
     *         declare the same id
     */
    public static ScriptDirectory open(Path scriptLocation, List<Path> versionLocations) {
        Path defaultVersions = scriptLocation.resolve(VERSIONS);
        if (!Files.isDirectory(scriptLocation)
                || ((versionLocations == null || versionLocations.isEmpty()) && !Files.isDirectory(defaultVersions))) {
            throw new RetortException(ErrorCode.CONFIG, "no migration environment at " + scriptLocation
                    + "; run 'retort init " + scriptLocation + "'");
        }
        List<Path> locations = versionLocations == null || versionLocations.isEmpty()
                ? List.of(defaultVersions) : List.copyOf(versionLocations);
        List<Path> files = new ArrayList<>();
        for (Path dir : locations) {
            if (!Files.isDirectory(dir)) {
                throw new RetortException(ErrorCode.CONFIG, "version location " + dir
                        + " does not exist; create it or fix version_locations");
            }
            for (Path file : list(dir)) {
                if (ScriptReader.formatOf(file.getFileName().toString()).isPresent() && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).thenComparing(Path::toString));
        List<Script> scripts = ScriptReader.readAll(files);
        Map<String, Script> byId = new HashMap<>();
        for (Script s : scripts) {
            Script other = byId.putIfAbsent(s.id(), s);
            if (other != null) {
                throw new ScriptException(ErrorCode.GRAPH, s.path(), s.header().line(), "revision id '" + s.id()
                        + "' is also declared in " + other.path() + "; give one of them a new id");
            }
        }
        return new ScriptDirectory(scriptLocation, locations, List.copyOf(scripts), byId);
    }

    /**
     * The scripts in {@code files}, which may live anywhere a {@link Path} reaches (a folder, or a jar
     * opened as a file system): how scripts found on the class path are read.
     *
     * @param location where they were found, for messages
     */
    public static ScriptDirectory ofFiles(Path location, List<Path> files) {
        List<Path> found = new ArrayList<>();
        for (Path file : files) {
            if (ScriptReader.formatOf(file.getFileName().toString()).isPresent()) {
                found.add(file);
            }
        }
        found.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).thenComparing(Path::toString));
        List<Script> scripts = ScriptReader.readAll(found);
        Map<String, Script> byId = new HashMap<>();
        for (Script s : scripts) {
            Script other = byId.putIfAbsent(s.id(), s);
            if (other != null) {
                throw new ScriptException(ErrorCode.GRAPH, s.path(), s.header().line(), "revision id '" + s.id()
                        + "' is also declared in " + other.path() + "; give one of them a new id");
            }
        }
        return new ScriptDirectory(location, List.of(location), List.copyOf(scripts), byId);
    }

    private static List<Path> list(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCRIPT, "cannot list scripts in " + dir + ": " + e, e);
        }
        return files;
    }

    public Path location() {
        return location;
    }

    /** Where new scripts go: the first version location. */
    public Path versionsDir() {
        return versionLocations.get(0);
    }

    /** Every folder that holds scripts. */
    public List<Path> versionLocations() {
        return versionLocations;
    }

    /** Every script, sorted by file name. */
    public List<Script> scripts() {
        return scripts;
    }

    public Optional<Script> script(String revisionId) {
        return Optional.ofNullable(byId.get(revisionId));
    }

    /** The graph of all scripts; graph errors name the script files involved. */
    public RevisionGraph graph() {
        if (graph == null) {
            List<RevisionNode> nodes = new ArrayList<>(scripts.size());
            for (Script s : scripts) {
                nodes.add(s.node());
            }
            graph = RevisionGraph.of(nodes);
        }
        return graph;
    }
}
