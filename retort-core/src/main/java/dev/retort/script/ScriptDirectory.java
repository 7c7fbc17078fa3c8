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
    private final ScriptChecksums checksums;
    private RevisionGraph graph;

    private ScriptDirectory(Path location, List<Path> versionLocations, List<ScriptReader.Read> read) {
        List<Script> scripts = new ArrayList<>(read.size());
        Map<String, Script> byId = new HashMap<>();
        for (ScriptReader.Read r : read) {
            Script s = r.script();
            Script other = byId.putIfAbsent(s.id(), s);
            if (other != null) {
                throw new ScriptException(ErrorCode.GRAPH, s.path(), s.header().line(), "revision id '" + s.id()
                        + "' is also declared in " + other.path() + "; give one of them a new id");
            }
            scripts.add(s);
        }
        this.location = location;
        this.versionLocations = versionLocations;
        this.scripts = List.copyOf(scripts);
        this.byId = byId;
        this.checksums = new ScriptChecksums(read);
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
            files.addAll(list(dir));
        }
        // Folders named like scripts are skipped as the files are read, in parallel.
        return new ScriptDirectory(scriptLocation, locations, ScriptReader.readAll(byName(files), true));
    }

    /**
     * The scripts in {@code files}, which may live anywhere a {@link Path} reaches (a folder, or a jar
     * opened as a file system): how scripts found on the class path are read.
     *
     * @param location where they were found, for messages
     */
    public static ScriptDirectory ofFiles(Path location, List<Path> files) {
        return new ScriptDirectory(location, List.of(location), ScriptReader.readAll(byName(files), false));
    }

    /**
     * The scripts among {@code files} (by name), sorted by file name, then by path: each name is made once (on a
     * cold JVM, a comparator that asks each path for its name takes 20 ms for 1,000 files).
     */
    private static List<Path> byName(List<Path> files) {
        record Named(String name, Path path) {
        }
        List<Named> named = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (ScriptReader.formatOf(name).isPresent()) {
                named.add(new Named(name, file));
            }
        }
        named.sort((a, b) -> {
            int byName = a.name().compareTo(b.name());
            return byName != 0 ? byName : a.path().toString().compareTo(b.path().toString());
        });
        List<Path> sorted = new ArrayList<>(named.size());
        for (Named n : named) {
            sorted.add(n.path());
        }
        return sorted;
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

    /** Starts hashing every script on a thread of its own: a command that compares checksums says so first. */
    public void hashAhead() {
        checksums.startHashing();
    }

    /** The {@link ScriptChecksum} of one of these scripts, of the bytes its header was read from. */
    public String checksum(Script script) {
        String sum = checksums.of(script);
        return sum != null ? sum : ScriptChecksum.of(script.path());
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
