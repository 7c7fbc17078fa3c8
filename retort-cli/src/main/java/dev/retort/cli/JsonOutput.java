package dev.retort.cli;

import dev.retort.HistoryRow;
import dev.retort.MigrationStep;
import dev.retort.RevisionInfo;
import dev.retort.RevisionStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The documents of {@code --output json}, version {@value #VERSION}: one JSON object on stdout per command,
 * described by {@code dev/retort/cli/retort-output.schema.json}. Fields are only added within a version; a
 * field removed or changed in meaning raises the version.
 */
final class JsonOutput {
    /** {@code schemaVersion} of every document. */
    static final int VERSION = 1;

    private JsonOutput() {
    }

    /** A revision, as {@code heads}, {@code branches}, {@code history}, {@code show} and {@code current} list them. */
    record Revision(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
            List<String> children, String message, String created, String path, boolean head, boolean branchPoint,
            boolean mergePoint, boolean current) {
        static Revision of(RevisionInfo r, Function<Path, String> display) {
            return new Revision(r.id(), r.revises(), r.dependsOn(), List.copyOf(new TreeSet<>(r.branchLabels())),
                    r.children(), r.message(), r.created(), r.path() == null ? null : display.apply(r.path()), r.head(),
                    r.branchPoint(), r.mergePoint(), r.current());
        }
    }

    /** A migration that stopped part-way. {@code cause}: {@code failed} or {@code died}. */
    record Interruption(String revision, String direction, int statementsDone, Integer statementsTotal, String cause,
            String startedAt, String startedBy, String message) {
        static Interruption of(HistoryRow row) {
            return new Interruption(row.revision(), row.kind().column(), row.statementsDone(), row.statementsTotal(),
                    row.durationMillis() == null ? "died" : "failed", row.appliedAt(), row.appliedBy(), row.message());
        }
    }

    /** A row of the history table ({@code history --applied}). */
    record Applied(long id, String revision, String direction, String checksum, Integer statementsTotal,
            int statementsDone, boolean success, Long durationMs, String appliedBy, String appliedAt, String message) {
        static Applied of(HistoryRow row) {
            return new Applied(row.id(), row.revision(), row.kind().column(), row.checksum(), row.statementsTotal(),
                    row.statementsDone(), row.success(), row.durationMillis(), row.appliedBy(), row.appliedAt(),
                    row.message());
        }
    }

    /** One migration step of {@code upgrade} or {@code downgrade}, with how long it took. */
    record Step(String revision, String direction, List<String> from, List<String> to, String message, long durationMs) {
        static Step of(MigrationStep step, long millis) {
            return new Step(step.revision(), step.direction().name().toLowerCase(java.util.Locale.ROOT), step.from(),
                    step.to(), step.message(), millis);
        }
    }

    /** A revision's state ({@code status}): applied, pending, interrupted, edited or missing. */
    record Status(String id, String message, String state, String appliedAt, Interruption interruption, boolean repeatable) {
        static Status of(RevisionStatus s) {
            return new Status(s.id(), s.message(), s.state().word(), s.appliedAt(),
                    s.state() == RevisionStatus.State.INTERRUPTED ? Interruption.of(s.lastRow()) : null, s.repeatable());
        }
    }

    /** {@code heads}, {@code branches}, {@code history}, {@code show}. */
    record Revisions(int schemaVersion, String command, List<Revision> revisions) {
    }

    /**
     * {@code history -i}: the revisions, and the migrations that stopped part-way (as {@code current} lists them),
     * so a reader sees the interrupted revision and how far it got.
     */
    record History(int schemaVersion, String command, List<Revision> revisions, List<Interruption> interrupted) {
    }

    /** {@code current}: the version rows, and the migrations that stopped part-way. */
    record Current(int schemaVersion, String command, String database, List<Revision> revisions,
            List<Interruption> interrupted) {
    }

    /** {@code history --applied}. */
    record AppliedHistory(int schemaVersion, String command, List<Applied> applied) {
    }

    /** {@code check}: {@code upToDate} true when the models and the database agree. */
    record Check(int schemaVersion, String command, boolean upToDate, List<String> changes, List<String> notes) {
    }

    /** {@code status}. */
    record StatusReport(int schemaVersion, String command, String database, List<Status> revisions) {
    }

    /** {@code upgrade} and {@code downgrade}: the steps that ran; {@code error} null on success. */
    record Migration(int schemaVersion, String command, String database, String target, List<Step> steps,
            long durationMs, String error) {
    }
}
