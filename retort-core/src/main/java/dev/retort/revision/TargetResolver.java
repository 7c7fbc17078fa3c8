package dev.retort.revision;

import dev.retort.error.AmbiguousRevisionException;
import dev.retort.error.ErrorCode;
import dev.retort.error.MultipleHeadsException;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import dev.retort.revision.TargetParser.Target;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed {@link Target} into the revisions it names, given where the database is. */
final class TargetResolver {

    /**
     * What a target names.
     *
     * @param nodes     the revisions named (empty for base)
     * @param labelBase for {@code label@base}, the label (nodes then holds the branch's lowest revisions)
     * @param lineHead  for {@code -N} from a current head, that head: a downgrade stays on its line; else -1
     */
    record Resolved(int[] nodes, String labelBase, int lineHead) {
        static Resolved of(int... nodes) {
            return new Resolved(nodes, null, -1);
        }
    }

    private final RevisionGraph graph;
    private final TargetParser parser;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
        this.parser = new TargetParser(graph);
    }

    Resolved resolve(String expression, State state) {
        return resolve(parser.parse(expression), state, expression);
    }

    private Resolved resolve(Target target, State state, String expression) {
        if (target instanceof Target.Heads) {
            return Resolved.of(indices(graph.heads()));
        } else if (target instanceof Target.Head) {
            return Resolved.of(singleHead());
        } else if (target instanceof Target.Base) {
            return Resolved.of();
        } else if (target instanceof Target.Current) {
            return Resolved.of(state.rows());
        } else if (target instanceof Target.Rev rev) {
            return Resolved.of(graph.resolveIndex(rev.idOrPrefix()));
        } else if (target instanceof Target.LabelHead labelHead) {
            return Resolved.of(labelHead(labelHead.label()));
        } else if (target instanceof Target.LabelBase labelBase) {
            return new Resolved(labelRoots(labelBase.label()), labelBase.label(), -1);
        } else if (target instanceof Target.LabelRev labelRev) {
            return Resolved.of(labelRev(labelRev, expression));
        } else if (target instanceof Target.LabelCurrent labelCurrent) {
            int current = labelCurrent(labelCurrent.label(), state);
            return current < 0 ? Resolved.of() : Resolved.of(current);
        } else if (target instanceof Target.Relative relative) {
            return relative(relative, state, expression);
        }
        throw new IllegalStateException("unhandled target " + target);
    }

    private int[] singleHead() {
        List<RevisionNode> heads = graph.heads();
        if (heads.size() > 1) {
            List<String> ids = ids(heads);
            throw new MultipleHeadsException(ids, "Multiple heads are present (" + Names.list(ids)
                    + "); run 'retort merge heads -m \"merge\"' or upgrade to 'heads' or to a specific head"
                    + " / label@head");
        }
        return indices(heads);
    }

    private int labelHead(String label) {
        List<String> found = new ArrayList<>();
        for (RevisionNode head : graph.heads()) {
            if (graph.labels().has(graph.indexOf(head.id()), label)) {
                found.add(head.id());
            }
        }
        if (found.size() != 1) {
            throw new MultipleHeadsException(found, "Branch '" + label + "' has several heads (" + Names.list(found)
                    + "); run 'retort merge' on them or name one of them");
        }
        return graph.indexOf(found.get(0));
    }

    /** The revisions carrying {@code label} that revise nothing carrying it, in topological order. */
    private int[] labelRoots(String label) {
        List<Integer> roots = new ArrayList<>();
        for (int i : graph.topo()) {
            if (graph.labels().has(i, label) && noneHas(graph.parentsOf(i), label, null)) {
                roots.add(i);
            }
        }
        return roots.stream().mapToInt(Integer::intValue).toArray();
    }

    private int labelRev(Target.LabelRev target, String expression) {
        int i = graph.resolveIndex(target.idOrPrefix());
        if (!graph.labels().has(i, target.label())) {
            throw new UnknownRevisionException(expression, "Revision " + graph.id(i) + " is not on branch '"
                    + target.label() + "'; run 'retort history' to see which revisions carry it");
        }
        return i;
    }

    /** The applied revision with {@code label} that no applied revision with it revises; -1 if none is applied. */
    private int labelCurrent(String label, State state) {
        List<String> found = new ArrayList<>();
        int last = -1;
        for (int i : graph.topo()) {
            if (state.applied()[i] && graph.labels().has(i, label) && noneHas(graph.childrenOf(i), label, state.applied())) {
                found.add(graph.id(i));
                last = i;
            }
        }
        if (found.size() > 1) {
            throw new MultipleHeadsException(found, "Branch '" + label + "' is applied up to several heads ("
                    + Names.list(found) + "); name one of them instead of " + label + "@+N / " + label + "@-N");
        }
        return last;
    }

    private boolean noneHas(int[] indices, String label, boolean[] within) {
        for (int i : indices) {
            if ((within == null || within[i]) && graph.labels().has(i, label)) {
                return false;
            }
        }
        return true;
    }

    private Resolved relative(Target.Relative relative, State state, String expression) {
        Target anchor = relative.anchor();
        String label = anchor instanceof Target.LabelCurrent current ? current.label() : null;
        boolean fromCurrent = label != null || anchor instanceof Target.Current;
        int start;
        if (anchor instanceof Target.Current) {
            if (state.rows().length > 1) {
                List<String> rows = state.rowIds(graph);
                throw new MultipleHeadsException(rows, "The database has several heads (" + Names.list(rows)
                        + "), so '" + expression + "' is ambiguous; use REV" + (relative.steps() < 0 ? "-N" : "+N")
                        + " or label@" + (relative.steps() < 0 ? "-N" : "+N"));
            }
            start = state.rows().length == 0 ? -1 : state.rows()[0];
        } else {
            int[] from = resolve(anchor, state, expression).nodes();
            start = from.length == 0 ? -1 : from[0];
        }
        int[] nodes = relative.steps() >= 0
                ? forward(start, relative.steps(), label, expression)
                : backward(start, -relative.steps(), expression);
        return new Resolved(nodes, null, fromCurrent && relative.steps() < 0 ? start : -1);
    }

    /** {@code steps} moves to the only child (the only base, from nothing), on {@code label}'s branch if given. */
    private int[] forward(int start, int steps, String label, String expression) {
        int current = start;
        for (int step = 0; step < steps; step++) {
            int[] next = current >= 0 ? graph.childrenOf(current)
                    : label != null ? labelRoots(label) : indices(graph.bases());
            if (label != null && current >= 0) {
                next = withLabel(next, label);
            }
            if (next.length == 0) {
                throw new RetortException(ErrorCode.INVALID_TARGET, "relative revision " + expression
                        + " goes past head" + (current >= 0 ? " " + graph.id(current) : ": there are no revisions"));
            }
            if (next.length > 1) {
                List<String> ids = ids(next);
                throw new AmbiguousRevisionException(expression, ids, current >= 0
                        ? "revision " + graph.id(current) + " has several children (" + Names.list(ids)
                                + "); name one of them, or a label@+N"
                        : "there are several bases (" + Names.list(ids) + "); use label@+N or a revision id");
            }
            current = next[0];
        }
        return current < 0 ? new int[0] : new int[] {current};
    }

    /** {@code steps} moves to the parents; base when the walk ends exactly there. */
    private int[] backward(int start, int steps, String expression) {
        if (start < 0) {
            if (steps > 0) {
                throw belowBase(expression);
            }
            return new int[0];
        }
        int[] current = {start};
        int from = start;
        for (int step = 0; step < steps; step++) {
            if (current.length > 1) {
                List<String> ids = ids(current);
                throw new AmbiguousRevisionException(expression, ids, "revision " + graph.id(from)
                        + " is a merge of several revisions (" + Names.list(ids) + "); continue from one of them with REV-N");
            }
            from = current[0];
            current = graph.parentsOf(from);
            if (current.length == 0 && step + 1 < steps) {
                throw belowBase(expression);
            }
        }
        return current;
    }

    private static RetortException belowBase(String expression) {
        return new RetortException(ErrorCode.INVALID_TARGET, "relative revision " + expression + " goes below base");
    }

    private int[] withLabel(int[] indices, String label) {
        return java.util.Arrays.stream(indices).filter(i -> graph.labels().has(i, label)).toArray();
    }

    private int[] indices(List<RevisionNode> nodes) {
        int[] out = new int[nodes.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = graph.indexOf(nodes.get(k).id());
        }
        return out;
    }

    private List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    private List<String> ids(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(graph.id(i));
        }
        return out;
    }
}
