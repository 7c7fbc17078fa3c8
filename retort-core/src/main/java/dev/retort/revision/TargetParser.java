package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a target expression ({@code head}, {@code ae10+2}, {@code billing@-1}, ...) into a {@link Target}.
 * Needs the graph only to tell an id or label that contains {@code -} from a relative expression.
 */
final class TargetParser {
    static final String FORMS = "use head, heads, base, a revision id (or at least four characters of one), "
            + "+N, -N, REV+N, REV-N, head-N, a branch label, label@head, label@base, label@REV, label@+N or label@-N";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern RELATIVE = Pattern.compile("([+-])([0-9]{1,9})");
    private static final Pattern ANCHORED = Pattern.compile("(.+)([+-])([0-9]{1,9})");

    /** A parsed target expression. */
    sealed interface Target {
        /** Every head. */
        record Heads() implements Target { }

        /** The single head. */
        record Head() implements Target { }

        /** Nothing applied. */
        record Base() implements Target { }

        /** The version table's rows. */
        record Current() implements Target { }

        /** A full or partial id. */
        record Rev(String idOrPrefix) implements Target { }

        /** The head that carries {@code label}. */
        record LabelHead(String label) implements Target { }

        /** Below every revision that carries {@code label}. */
        record LabelBase(String label) implements Target { }

        /** A revision that must carry {@code label}. */
        record LabelRev(String label, String idOrPrefix) implements Target { }

        /** The applied revision furthest along {@code label}'s branch (before it, when none is). */
        record LabelCurrent(String label) implements Target { }

        /** {@code steps} revisions up (positive) or down (negative) from {@code anchor}. */
        record Relative(Target anchor, int steps) implements Target { }
    }

    private final RevisionGraph graph;

    TargetParser(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Whether {@code name} is usable as a revision id or branch label. */
    static boolean isPlainName(String name) {
        return NAME.matcher(name).matches();
    }

    Target parse(String expression) {
        if (expression == null || expression.isEmpty()) {
            throw bad(expression, "a target is required");
        }
        switch (expression) {
            case "head": return new Target.Head();
            case "heads": return new Target.Heads();
            case "base": return new Target.Base();
            case "current": return new Target.Current();
            default: break;
        }
        Matcher relative = RELATIVE.matcher(expression);
        if (relative.matches()) {
            return new Target.Relative(new Target.Current(), steps(relative.group(1), relative.group(2)));
        }
        int at = expression.indexOf('@');
        if (at >= 0) {
            return labelled(expression, expression.substring(0, at), expression.substring(at + 1));
        }
        if (!isPlainName(expression.replace('+', '-'))) {
            throw bad(expression, "it is not a revision id, label or relative revision");
        }
        if (graph.find(expression).isPresent()) {
            return new Target.Rev(expression);
        }
        if (graph.hasBranchLabel(expression)) {
            return new Target.LabelHead(expression);
        }
        Matcher anchored = ANCHORED.matcher(expression);
        if (anchored.matches()) {
            return new Target.Relative(anchor(anchored.group(1), expression), steps(anchored.group(2), anchored.group(3)));
        }
        if (expression.indexOf('+') >= 0) {
            throw bad(expression, "'+' must be followed by a number");
        }
        return new Target.Rev(expression);
    }

    private Target labelled(String expression, String label, String rest) {
        if (label.isEmpty() || rest.isEmpty() || rest.indexOf('@') >= 0 || !isPlainName(label)) {
            throw bad(expression, "write label@head, label@base, label@REV, label@+N or label@-N");
        }
        if (!graph.hasBranchLabel(label)) {
            throw new UnknownRevisionException(expression, "No branch label '" + label + "' in versions/"
                    + (graph.labels().declared().isEmpty() ? "; no revision declares a branch label"
                            : "; labels are " + Names.list(graph.labels().declared())));
        }
        switch (rest) {
            case "head": return new Target.LabelHead(label);
            case "base": return new Target.LabelBase(label);
            default: break;
        }
        Matcher relative = RELATIVE.matcher(rest);
        if (relative.matches()) {
            return new Target.Relative(new Target.LabelCurrent(label), steps(relative.group(1), relative.group(2)));
        }
        if (!isPlainName(rest)) {
            throw bad(expression, "write label@head, label@base, label@REV, label@+N or label@-N");
        }
        return new Target.LabelRev(label, rest);
    }

    private Target anchor(String text, String expression) {
        if (text.equals("head")) {
            return new Target.Head();
        }
        if (text.equals("base")) {
            return new Target.Base();
        }
        if (text.equals("heads") || text.equals("current")) {
            throw bad(expression, "use +N or -N alone to move from the current revision");
        }
        if (text.indexOf('+') >= 0) {
            throw bad(expression, "only one +N or -N is allowed");
        }
        if (graph.find(text).isEmpty() && graph.hasBranchLabel(text)) {
            return new Target.LabelHead(text);
        }
        return new Target.Rev(text);
    }

    private static int steps(String sign, String digits) {
        int n = Integer.parseInt(digits);
        return sign.equals("-") ? -n : n;
    }

    private static RetortException bad(String expression, String why) {
        return new RetortException(ErrorCode.BAD_ARGUMENT,
                "Bad revision target '" + expression + "': " + why + "; " + FORMS);
    }
}
