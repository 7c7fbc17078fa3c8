package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.UnknownRevisionException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses target expressions ({@code head}, {@code ae10+2}, {@code billing@-1}, ...) into {@link Target}
 * values and ranges ({@code ae10:head}) into {@link TargetRange}s; the only place that reads them. Needs the
 * graph only to tell an id or label that contains {@code -} or {@code +} from a relative expression.
 *
 * <pre>{@code
 * TargetParser parser = new TargetParser(graph);
 * parser.parse("concurrent@head");   // Head("concurrent"): a label, not the word current
 * parser.parseRange("ae10:head");    // TargetRange(Rev(null, "ae10"), Head(null))
 * }</pre>
 */
public final class TargetParser {
    static final String FORMS = "use head, heads, base, a revision id (or at least four characters of one), "
            + "+N, -N, REV+N, REV-N, head-N, base+N, a branch label, label@head, label@base, label@REV, label@+N, "
            + "label@-N, label@head-N or label@base+N";

    private static final Pattern RELATIVE = Pattern.compile("([+-])([0-9]{1,9})");
    private static final Pattern ANCHORED = Pattern.compile("(.+?)([+-])([0-9]{1,9})");

    private final RevisionGraph graph;

    public TargetParser(RevisionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Whether {@code name} is usable as a revision id or branch label. */
    static boolean isPlainName(String name) {
        // [A-Za-z0-9_.-]+ without a regex: every revision id of a graph is checked, on a cold JVM.
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** One target expression; a one-line BAD_ARGUMENT error listing the forms when it is none of them. */
    public Target parse(String expression) {
        if (expression == null || expression.isEmpty()) {
            throw bad(expression, "a target is required");
        }
        if (expression.equals("current")) {
            return new Target.Current();
        }
        int at = expression.indexOf('@');
        if (at < 0) {
            return unbranched(expression, null, expression);
        }
        String branch = expression.substring(0, at);
        String rest = expression.substring(at + 1);
        if (branch.isEmpty() || rest.isEmpty() || rest.indexOf('@') >= 0 || !isPlainName(branch)
                || GraphBuilder.RESERVED.contains(branch)) {
            throw bad(expression, "write label@head, label@base, label@REV, label@+N or label@-N");
        }
        if (rest.equals("current")) {
            throw bad(expression, "use " + branch + "@+N or " + branch + "@-N to move from the current revision");
        }
        return unbranched(rest, branch, expression);
    }

    /**
     * {@code TO}, {@code FROM:TO}, {@code FROM:} or {@code :TO}; an empty end is null. BAD_ARGUMENT for more
     * than one colon or a range without either end.
     */
    public TargetRange parseRange(String range) {
        if (range == null || range.isBlank()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "a target or range is required");
        }
        int colon = range.indexOf(':');
        if (colon < 0) {
            return new TargetRange(null, parse(range));
        }
        if (range.indexOf(':', colon + 1) >= 0 || range.length() == 1) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "Bad range '" + range
                    + "': write START:END, START: or :END, where each end is a target or 'current'");
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        return new TargetRange(from.isEmpty() ? null : parse(from), to.isEmpty() ? null : parse(to));
    }

    /** What follows the {@code @} (or the whole expression, {@code branch} null). */
    private Target unbranched(String text, String branch, String expression) {
        switch (text) {
            case "head": return new Target.Head(branch);
            case "heads": return new Target.Heads(branch);
            case "base": return new Target.Base(branch);
            default: break;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            return new Target.Relative(branch, null, steps(relative.group(1), relative.group(2)));
        }
        if (!isPlainName(text.replace('+', '-'))) {
            throw bad(expression, "it is not a revision id, label or relative revision");
        }
        if (graph.find(text).isPresent() || graph.hasBranchLabel(text)) {
            return new Target.Rev(branch, text);
        }
        Matcher anchored = ANCHORED.matcher(text);
        if (anchored.matches() && !anchored.group(1).contains("+")) {
            Target from = anchor(anchored.group(1), expression);
            return new Target.Relative(branch, from, steps(anchored.group(2), anchored.group(3)));
        }
        if (text.indexOf('+') >= 0) {
            throw bad(expression, "'+' must be followed by a number, once");
        }
        return new Target.Rev(branch, text);
    }

    private Target anchor(String text, String expression) {
        switch (text) {
            case "head": return new Target.Head(null);
            case "base": return new Target.Base(null);
            case "heads":
            case "current":
                throw bad(expression, "use +N or -N alone to move from the current revision");
            default: return new Target.Rev(null, text);
        }
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
