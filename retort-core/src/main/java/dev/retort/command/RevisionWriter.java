package dev.retort.command;

import dev.retort.NewRevision;
import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides a new revision's place in the graph ({@code revision}, {@code merge}) and writes its script. */
final class RevisionWriter {
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private final ScriptDirectory scripts;
    private final RevisionGraph graph;

    RevisionWriter(ScriptDirectory scripts, RevisionGraph graph) {
        this.scripts = scripts;
        this.graph = graph;
    }

    Path revision(NewRevision request) {
        return revision(request, List.of(), null, null);
    }

    /** A new revision with the given bodies (null for the template's hints) and the imports they need. */
    Path revision(NewRevision request, List<String> imports, String upgradeBody, String downgradeBody) {
        String id = newId(request.revisionId());
        List<String> revises = parentsFor(request.head(), request.splice());
        List<String> dependsOn = new ArrayList<>();
        for (String dep : request.dependsOn()) {
            dependsOn.add(resolveDependency(dep));
        }
        for (String label : request.branchLabels()) {
            if (label.isBlank() || label.contains("@") || label.contains(",")) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "bad branch label '" + label + "'; use letters, digits, '_' or '-'");
            }
            for (RevisionNode node : graph.topologicalOrder()) {
                if (node.branchLabels().contains(label)) {
                    throw new RetortException(ErrorCode.BAD_ARGUMENT,
                            "branch label '" + label + "' is already declared by revision " + node.id() + " (" + node.origin() + ")");
                }
            }
        }
        ScriptFormat format = format(request.format());
        ScriptHeader header = new ScriptHeader(id, revises, dependsOn, request.branchLabels(), request.message(),
                now(), true, 0);
        return write(request.versionPath(), format, header, imports, upgradeBody, downgradeBody);
    }

    Path merge(List<String> revisions, String message, String revisionId, String format) {
        LinkedHashSet<String> parents = new LinkedHashSet<>();
        for (String r : revisions) {
            if (r.equals("heads")) {
                graph.heads().forEach(h -> parents.add(h.id()));
            } else {
                parents.add(graph.resolve(r).id());
            }
        }
        if (parents.size() < 2) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "a merge needs two or more revisions; "
                    + (revisions.contains("heads") ? "there is only one head, nothing to merge" : "got " + parents));
        }
        ScriptHeader header = new ScriptHeader(newId(revisionId), List.copyOf(parents), List.of(), List.of(), message,
                now(), true, 0);
        return write(null, format(format), header, List.of(), "", "");
    }

    private Path write(Path versionPath, ScriptFormat format, ScriptHeader header, List<String> imports, String up,
                       String down) {
        requireValidGraphWith(header);
        Path dir = versionPath == null ? scripts.versionsDir() : versionPath;
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "version path " + dir + " is not a folder");
        }
        // A script outside the version locations would be invisible to every later command.
        Path wanted = dir.toAbsolutePath().normalize();
        if (scripts.versionLocations().stream().noneMatch(l -> l.toAbsolutePath().normalize().equals(wanted))) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "version path " + dir + " is not one of the version "
                    + "locations " + scripts.versionLocations() + "; add it to version_locations in retort.properties");
        }
        return new ScriptWriter(scripts.location()).write(dir, format, header, imports, up, down);
    }

    /**
     * Builds the graph the new revision would make, so a label or id the graph refuses (a reserved word, a
     * label equal to an id, ...) is refused now, before a file exists that every later command would reject.
     */
    private void requireValidGraphWith(ScriptHeader header) {
        List<RevisionNode> nodes = new ArrayList<>(graph.topologicalOrder());
        nodes.add(new RevisionNode(header.id(), header.revises(), header.dependsOn(),
                new LinkedHashSet<>(header.branchLabels()), "the new revision"));
        try {
            RevisionGraph.of(nodes);
        } catch (RetortException e) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, e.getMessage() + "; nothing was written", e);
        }
    }

    /** Where a new revision goes: after the single head, after {@code --head}, or a new base. */
    private List<String> parentsFor(String head, boolean splice) {
        if (head == null || head.equals("head")) {
            List<RevisionNode> heads = graph.heads();
            if (heads.size() > 1) {
                throw new MultipleHeadsException(heads.stream().map(RevisionNode::id).toList(),
                        "Multiple heads are present (" + ids(heads) + "); pass --head with one of them or a label@head, "
                                + "or run 'retort merge heads -m \"merge\"' first");
            }
            return heads.stream().map(RevisionNode::id).toList();
        }
        if (head.equals("base")) {
            return List.of();
        }
        String target = head.endsWith("@head") ? head.substring(0, head.length() - 5) : head;
        RevisionNode node = labelHead(target);
        if (node == null) {
            node = graph.resolve(target);
        }
        if (!graph.isHead(node.id()) && !splice) {
            throw new RetortException(ErrorCode.INVALID_TARGET, "revision " + node.id() + " is not a head; pass --splice "
                    + "to start a new branch from it");
        }
        return List.of(node.id());
    }

    /** The head carrying {@code label}, or null when no revision declares such a label. */
    private RevisionNode labelHead(String label) {
        RevisionNode found = null;
        for (RevisionNode h : graph.heads()) {
            if (graph.branchLabels(h.id()).contains(label)) {
                if (found != null) {
                    throw new AmbiguousRevisionException(label, List.of(found.id(), h.id()),
                            "branch label '" + label + "' has several heads (" + found.id() + ", " + h.id() + "); name one");
                }
                found = h;
            }
        }
        return found;
    }

    private String resolveDependency(String dep) {
        RevisionNode byLabel = labelHead(dep.endsWith("@head") ? dep.substring(0, dep.length() - 5) : dep);
        return byLabel != null ? byLabel.id() : graph.resolve(dep).id();
    }

    private String newId(String requested) {
        String id = requested == null ? ScriptWriter.randomId() : requested;
        if (!VALID_ID.matcher(id).matches()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT,
                    "bad revision id '" + id + "'; use 1 to 32 letters, digits or '_'");
        }
        if (graph.find(id).isPresent()) {
            throw new RetortException(ErrorCode.FILE_EXISTS, "revision id " + id + " is already used by "
                    + graph.get(id).origin());
        }
        return id;
    }

    private static ScriptFormat format(String name) {
        if (name == null) {
            return ScriptFormat.JAVA;
        }
        for (ScriptFormat f : ScriptFormat.values()) {
            if (f.extension().equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new RetortException(ErrorCode.BAD_ARGUMENT, "unknown script format '" + name + "'; use java or sql");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String ids(List<RevisionNode> nodes) {
        return String.join(", ", nodes.stream().map(RevisionNode::id).toList());
    }
}
