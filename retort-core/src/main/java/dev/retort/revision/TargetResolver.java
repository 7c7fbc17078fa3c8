package dev.retort.revision;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed {@link Target} into the revisions it names, given where the database is, as Alembic's
 * {@code RevisionMap} does. A branch ({@code X@...}) is the lineage of X: a label's declaring revision or the
 * revision X itself, with everything it descends from and everything that descends from it.
 */
final class TargetResolver {

    /** Which command reads the target: relative moves from the current revision go one way only. */
    enum Use { UPGRADE, DOWNGRADE, ANY }

    /**
     * What a target names.
     *
     * @param nodes  the revisions named; empty for base
     * @param base   whether the target is base (or {@code label@base}, or a walk that ended there)
     * @param anchor the revision whose lineage a downgrade or stamp keeps to ({@code label@...}, {@code -N}); else -1
     */
    record Resolved(int[] nodes, boolean base, int anchor) {
        static Resolved of(int... nodes) {
            return new Resolved(nodes, false, -1);
        }

        static Resolved at(int node, int anchor) {
            return node == Walks.BASE ? new Resolved(new int[0], true, anchor) : new Resolved(new int[] {node}, false, anchor);
        }
    }

    private final RevisionGraph graph;
    private final TargetParser parser;
    private final Walks walks;
    private final Lineage lineage;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
        this.parser = new TargetParser(graph);
        this.walks = new Walks(graph);
        this.lineage = new Lineage(graph);
    }

    TargetParser parser() {
        return parser;
    }

    Resolved resolve(String expression, State state, Use use) {
        return resolve(parser.parse(expression), state, use, expression);
    }

    Resolved resolve(Target target, State state, Use use, String expression) {
        if (target instanceof Target.Relative relative) {
            return relative(relative, state, use, expression);
        } else if (target instanceof Target.Base base) {
            return new Resolved(new int[0], true, base.branch() == null ? -1 : anchor(base.branch(), expression));
        } else if (target instanceof Target.Current) {
            return Resolved.of(state.rows());
        } else if (target instanceof Target.Heads heads) {
            return Resolved.of(heads(heads.branch(), expression));
        }
        String branch = target instanceof Target.Head head ? head.branch() : ((Target.Rev) target).branch();
        int anchor = branch == null ? -1 : anchor(branch, expression);
        if (use == Use.DOWNGRADE && target instanceof Target.Rev rev) {
            // Alembic: a downgrade's branch only picks which line to revert; REV need not be on it.
            return Resolved.at(single(new Target.Rev(null, rev.name()), expression), anchor);
        }
        return Resolved.at(single(target, expression), anchor);
    }

    /** The one revision a Head or Rev target names, BASE for a Base target. */
    private int single(Target target, String expression) {
        if (target instanceof Target.Base) {
            return Walks.BASE;
        } else if (target instanceof Target.Head head) {
            int[] heads = heads(head.branch(), expression);
            if (heads.length > 1) {
                throw multipleHeads(heads, head.branch());
            }
            return heads.length == 0 ? Walks.BASE : heads[0];
        } else if (target instanceof Target.Rev rev) {
            Integer declarer = graph.find(rev.name()).isPresent() ? null : graph.labels().declarer(rev.name());
            boolean[] within = rev.branch() == null ? null : lineage.of(anchor(rev.branch(), expression));
            int i = declarer != null ? declarer : prefix(rev.name(), within);
            if (within != null && !within[i]) {
                throw new UnknownRevisionException(expression, "Revision " + graph.id(i) + " is not on branch '"
                        + rev.branch() + "'; run 'retort history' to see which revisions carry it");
            }
            return i;
        }
        throw new RetortException(ErrorCode.BAD_ARGUMENT, "Bad revision target '" + expression
                + "': a relative move needs one revision to start from; " + TargetParser.FORMS);
    }

    /** A full or partial id; with a branch, a prefix need only be unique among the branch's lineage (Alembic). */
    private int prefix(String name, boolean[] within) {
        try {
            return graph.resolveIndex(name);
        } catch (AmbiguousRevisionException e) {
            List<Integer> onBranch = new ArrayList<>();
            for (String candidate : e.candidates()) {
                if (within != null && within[graph.indexOf(candidate)]) {
                    onBranch.add(graph.indexOf(candidate));
                }
            }
            if (onBranch.size() != 1) {
                throw e;
            }
            return onBranch.get(0);
        }
    }

    private int[] heads(String branch, String expression) {
        boolean[] within = branch == null ? null : lineage.of(anchor(branch, expression));
        List<Integer> out = new ArrayList<>();
        for (RevisionNode head : graph.heads()) {
            int i = graph.indexOf(head.id());
            if (within == null || within[i]) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The revision whose lineage {@code branch} means: the label's declaring revision, or a revision by id. */
    int anchor(String branch, String expression) {
        Integer declarer = graph.labels().declarer(branch);
        if (declarer != null) {
            return declarer;
        }
        try {
            return graph.resolveIndex(branch);
        } catch (UnknownRevisionException e) {
            throw new UnknownRevisionException(expression, "No branch label or revision '" + branch + "' in versions/"
                    + (graph.labels().declared().isEmpty() ? "; no revision declares a branch label"
                            : "; labels are " + Names.list(graph.labels().declared())));
        }
    }

    private Resolved relative(Target.Relative relative, State state, Use use, String expression) {
        int steps = relative.steps();
        String branch = relative.branch();
        int anchor = branch == null ? -1 : anchor(branch, expression);
        boolean[] within = anchor < 0 ? null : lineage.of(anchor);
        if (relative.from() != null) {
            int start = single(rebranch(relative.from(), branch), expression);
            int end = steps >= 0 ? walks.up(start, steps, within, expression) : walks.down(start, -steps, expression);
            return Resolved.at(end, anchor);
        }
        if (steps > 0 && use == Use.DOWNGRADE || steps < 0 && use == Use.UPGRADE) {
            throw new RetortException(ErrorCode.INVALID_TARGET, "Relative revision " + expression + " didn't produce "
                    + Math.abs(steps) + " migrations: " + (steps > 0 ? "downgrade" : "upgrade") + " cannot move "
                    + (steps > 0 ? "up" : "down") + "; use 'retort " + (steps > 0 ? "upgrade " : "downgrade ")
                    + expression + "'");
        }
        int start = from(state, within, branch, expression);
        if (steps >= 0) {
            return Resolved.at(walks.up(start, steps, within, expression), anchor);
        }
        // Without a label, -N reverts only the line of the revision it starts from (Alembic's branch_label = symbol).
        return Resolved.at(walks.down(start, -steps, expression), anchor >= 0 ? anchor : start);
    }

    /** A walk's starting point inside the expression's branch: {@code label@head-1} walks from the label's head. */
    private static Target rebranch(Target from, String branch) {
        if (branch == null) {
            return from;
        } else if (from instanceof Target.Head) {
            return new Target.Head(branch);
        } else if (from instanceof Target.Rev rev) {
            return new Target.Rev(branch, rev.name());
        }
        return from;
    }

    /**
     * Where the database is, on {@code branch} if given: its single row there, or else the tip of what is applied
     * of the branch; BASE when nothing is.
     */
    private int from(State state, boolean[] within, String branch, String expression) {
        List<Integer> found = new ArrayList<>();
        for (int r : state.rows()) {
            if (within == null || within[r]) {
                found.add(r);
            }
        }
        if (found.isEmpty() && within != null) {
            found = lineage.tips(state.applied(), within);
        }
        if (found.size() > 1) {
            List<String> ids = found.stream().map(graph::id).toList();
            String why = branch == null ? "The database has several heads (" + Names.list(ids) + "), so '" + expression
                    + "' is ambiguous; use REV+N, REV-N or label@+N, label@-N"
                    : "Branch '" + branch + "' is applied up to several heads (" + Names.list(ids)
                            + "); name one of them instead of " + expression;
            throw new MultipleHeadsException(ids, why);
        }
        return found.isEmpty() ? Walks.BASE : found.get(0);
    }

    private MultipleHeadsException multipleHeads(int[] heads, String branch) {
        List<String> ids = new ArrayList<>();
        for (int h : heads) {
            ids.add(graph.id(h));
        }
        if (branch != null) {
            return new MultipleHeadsException(ids, "Branch '" + branch + "' has several heads (" + Names.list(ids)
                    + "); run 'retort merge' on them or name one of them");
        }
        return new MultipleHeadsException(ids, "Multiple heads are present (" + Names.list(ids)
                + "); run 'retort merge heads -m \"merge\"' or upgrade to 'heads' or to a specific head / label@head");
    }

    Lineage lineage() {
        return lineage;
    }
}
