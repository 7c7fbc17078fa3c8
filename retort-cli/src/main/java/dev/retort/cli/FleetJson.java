package dev.retort.cli;

import dev.retort.RetortFleet;
import java.util.List;

/** The {@code --output json} document of a command run over many targets (schemaVersion 1, {@code fleet}). */
final class FleetJson {
    private FleetJson() {
    }

    /** One target's line: {@code result} done, failed or skipped; {@code error} null unless failed. */
    record Target(String target, String result, List<String> from, List<String> to, long durationMs, String error,
            String detail) {
        static Target of(RetortFleet.TargetResult r) {
            return new Target(r.target(), r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.from(), r.to(),
                    r.took().toMillis(), r.error(), r.detail());
        }
    }

    /** How many targets ended each way. */
    record Summary(long total, long done, long failed, long skipped) {
        static Summary of(RetortFleet.Report report) {
            return new Summary(report.results().size(), report.count(RetortFleet.Outcome.DONE),
                    report.count(RetortFleet.Outcome.FAILED), report.count(RetortFleet.Outcome.SKIPPED));
        }
    }

    /**
     * The whole run: {@code fleet} true, {@code revision} the command's argument (null for current, status,
     * check), the pool and policies, and every target in the order listed.
     */
    record Report(int schemaVersion, String command, boolean fleet, String revision, int parallel, String onError,
            int canary, long durationMs, Summary summary, List<Target> targets) {
    }
}
