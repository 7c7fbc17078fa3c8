package dev.retort.cli;

import dev.retort.LintFinding;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.RevisionStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What {@code upgrade} says before it runs: the lint errors and warnings (no notices) of the scripts it is about to
 * run, the same lines {@code retort lint} prints. Advisory: it never stops the upgrade, and when lint cannot read
 * the plan (a target that moves from {@code current}, a script that does not compile) it says nothing, leaving the
 * upgrade to report what is wrong.
 */
final class UpgradeLint {
    private UpgradeLint() {
    }

    /** Prints the findings, if any, under a line that says the upgrade runs anyway. */
    static void print(List<LintFinding> findings, Path cwd, Consumer<String> out) {
        if (findings.isEmpty()) {
            return;
        }
        out.accept("Lint: " + findings.size() + " finding(s) in what this upgrade runs (it runs anyway; "
                + "'-- retort:allow RULE reason' in a script silences one, --no-lint skips this check):");
        findings.forEach(f -> out.accept(f.format(cwd.toAbsolutePath())));
    }

    /** The errors and warnings of the pending (or interrupted) revisions between the current one(s) and target. */
    static List<LintFinding> findings(Retort retort, String target) {
        try {
            return read(retort, target);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<LintFinding> read(Retort retort, String target) {
        List<RevisionInfo> current = retort.current();
        if ((target.equals("head") || target.equals("heads")) && ids(current).equals(ids(retort.heads()))) {
            return List.of(); // only repeatable scripts due: the version table says it, not every revision's state
        }
        if (current.size() <= 1 && !target.contains(":")) {
            // From the one current revision, or from base: every revision of that range is yet to run (or stopped
            // part-way), so no revision's state needs reading (that reads the history and every checksum).
            String range = current.isEmpty() ? target : current.get(0).id() + ":" + target;
            return errorsAndWarnings(retort.lint(range).findings(), revision -> true);
        }
        // Several current heads: from base, keeping only what has not run.
        Set<String> toRun = retort.revisionStatus().stream()
                .filter(s -> s.state() == RevisionStatus.State.PENDING || s.state() == RevisionStatus.State.INTERRUPTED)
                .map(RevisionStatus::id).collect(Collectors.toSet());
        return toRun.isEmpty() ? List.of() : errorsAndWarnings(retort.lint(target).findings(), toRun::contains);
    }

    private static List<LintFinding> errorsAndWarnings(List<LintFinding> findings, java.util.function.Predicate<String> revision) {
        return findings.stream().filter(f -> revision.test(f.revision()) && !f.severity().equals("notice")).toList();
    }

    private static Set<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).collect(Collectors.toSet());
    }
}
