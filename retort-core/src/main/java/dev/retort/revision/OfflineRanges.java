package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.TargetResolver.Use;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code upgrade|downgrade|stamp [FROM:]TO --sql}: no database is read, so FROM stands for where it is
 * (base when absent) and {@code current} cannot be used; a relative TO moves from FROM.
 */
final class OfflineRanges {
    private final Planner planner;
    private final TargetResolver resolver;
    private final RevisionGraph graph;

    OfflineRanges(Planner planner, TargetResolver resolver) {
        this.planner = planner;
        this.resolver = resolver;
        this.graph = planner.graph();
    }

    Plan upgrade(String range) {
        TargetRange parsed = parse(range, "upgrade", "[FROM:]TO");
        Set<String> start = start(parsed, range);
        requireBelow(start, ends(parsed.to(), start, range), range, "upgrade");
        return planner.upgrade(start, parsed.to(), range);
    }

    Plan downgrade(String range) {
        TargetRange parsed = parse(range, "downgrade", "FROM:TO");
        if (parsed.from() == null) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT,
                    "downgrade --sql needs a starting point: 'retort downgrade FROM:TO --sql', e.g. head:base");
        }
        Set<String> start = start(parsed, range);
        requireBelow(ends(parsed.to(), start, range), start, range, "downgrade");
        return planner.downgrade(start, parsed.to(), range);
    }

    Planner.OfflineStamp stamp(String range) {
        TargetRange parsed = parse(range, "stamp", "[FROM:]TO");
        Set<String> start = start(parsed, range);
        return new Planner.OfflineStamp(start, planner.stamp(start, parsed.to(), range, false));
    }

    private TargetRange parse(String range, String command, String form) {
        TargetRange parsed;
        try {
            parsed = planner.parser().parseRange(range);
        } catch (RetortException e) {
            if (range != null && range.indexOf(':') >= 0 && e.code() == ErrorCode.BAD_ARGUMENT) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "bad range '" + range + "' for " + command
                        + " --sql; expected " + form);
            }
            throw e;
        }
        if (parsed.to() == null) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "bad range '" + range + "' for " + command
                    + " --sql; expected " + form);
        }
        if (parsed.from() != null && parsed.from().readsDatabase() || mentionsCurrent(parsed.to())) {
            throw new RetortException(ErrorCode.OFFLINE_UNSUPPORTED, command + " --sql reads no database, so '" + range
                    + "' cannot use 'current' or move from it; name the revision the database is at, e.g. 1975ea83b712:head");
        }
        return parsed;
    }

    private static boolean mentionsCurrent(Target target) {
        return target instanceof Target.Current
                || target instanceof Target.Relative r && r.from() != null && mentionsCurrent(r.from());
    }

    private Set<String> start(TargetRange parsed, String range) {
        if (parsed.from() == null) {
            return Set.of();
        }
        return ends(parsed.from(), Set.of(), range);
    }

    private Set<String> ends(Target target, Set<String> rows, String range) {
        int[] nodes = resolver.resolve(target, State.of(graph, rows), Use.ANY, range).nodes();
        Set<String> out = new LinkedHashSet<>();
        for (int i : nodes) {
            out.add(graph.id(i));
        }
        return out;
    }

    /** {@code lower} must be {@code upper} or below it: the other way round there is nothing to print, by mistake. */
    private void requireBelow(Set<String> lower, Set<String> upper, String range, String command) {
        if (!planner.applied(upper).containsAll(lower)) {
            boolean up = command.equals("upgrade");
            throw new RetortException(ErrorCode.INVALID_TARGET, "bad range '" + range + "' for " + command + " --sql: "
                    + (up ? "FROM" : "TO") + " is not an ancestor of " + (up ? "TO" : "FROM") + "; swap them?");
        }
    }
}
