package dev.retort.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated revision graph. Built once per command; every query is O(1) or linear in the
 * number of revisions (never a walk of the ancestry per revision).
 *
 * <p>Edges: {@code revises} (versioned parents) and {@code dependsOn} (must be applied first, but a
 * dependency stays a head if nothing revises it). Heads are the revisions no other revision revises.
 */
public final class RevisionGraph {

    private RevisionGraph() {
    }

    /**
     * Validates and indexes {@code nodes}.
     *
     * @throws dev.retort.RetortException with code GRAPH for a duplicate id, a parent or dependency that
     *         does not exist, a revision that revises or depends on itself, or a cycle; the message names
     *         the origins (script files) involved
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        throw new UnsupportedOperationException("TODO");
    }

    public int size() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<RevisionNode> find(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The revision with exactly this id; UnknownRevisionException otherwise. */
    public RevisionNode get(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The revision with this id, or the only one whose id starts with it (at least 4 characters for a
     * prefix). UnknownRevisionException or AmbiguousRevisionException (listing the candidates).
     */
    public RevisionNode resolve(String idOrPrefix) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every revision, parents and dependencies before children; deterministic. */
    public List<RevisionNode> topologicalOrder() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions that no other revision revises, in topological order. */
    public List<RevisionNode> heads() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions with no parents, in topological order. */
    public List<RevisionNode> bases() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions that revise {@code id}. */
    public List<RevisionNode> children(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions that depend on {@code id}. */
    public List<RevisionNode> dependents(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    public boolean isHead(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revised by two or more revisions. */
    public boolean isBranchPoint(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Revisions that two or more revisions revise, in topological order. */
    public List<RevisionNode> branchPoints() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The labels in effect on {@code id}: its own, those of the labelled revision it descends from, and
     * those a labelled descendant passes down its single line of ancestors (Alembic's rule).
     */
    public Set<String> branchLabels(String id) {
        throw new UnsupportedOperationException("TODO");
    }
}
