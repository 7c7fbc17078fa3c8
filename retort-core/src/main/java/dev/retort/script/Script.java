package dev.retort.script;

import dev.retort.revision.RevisionNode;
import java.nio.file.Path;
import java.util.LinkedHashSet;

/** A migration script found on disk, with its header read but its body untouched. */
public record Script(Path path, ScriptFormat format, ScriptHeader header) {

    public String id() {
        return header.id();
    }

    /** The graph's view of this script; the origin is the file name, for messages. */
    public RevisionNode node() {
        return new RevisionNode(header.id(), header.revises(), header.dependsOn(),
                new LinkedHashSet<>(header.branchLabels()), path.getFileName().toString());
    }
}
