package dev.retort.command;

import dev.retort.MigrationStatus;
import dev.retort.MigrationStep;
import dev.retort.Recovery;
import dev.retort.RetortSettings;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.MigrationLock;
import dev.retort.HistoryRow;
import dev.retort.migrate.HistoryTable;
import dev.retort.migrate.MigrationGuard;
import dev.retort.migrate.MigrationSource;
import dev.retort.migrate.RepeatableRunner;
import dev.retort.migrate.RepeatableRunner.Repeatable;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Planner;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code upgrade}, {@code downgrade} and {@code stamp} on a live database, under the migration lock:
 * take the lock, read the version and history tables, check that no applied script was edited and no
 * migration stopped part-way (or resume or retry it, as told), plan, run, release.
 */
final class WritingCommands {
    private final RetortSettings settings;
    private final Database database;
    private final ScriptSet scripts;
    private final Planner planner;

    WritingCommands(RetortSettings settings, Database database, ScriptSet scripts, Planner planner) {
        this.settings = settings;
        this.database = database;
        this.scripts = scripts;
        this.planner = planner;
    }

    /** What {@link #migrate} ran: the plan's steps, then the repeatable scripts an upgrade re-applied. */
    record Migrated(Plan plan, List<MigrationStep> repeatables) {
    }

    Migrated migrate(Direction direction, String target) {
        BiFunction<Set<String>, String, Plan> plan = direction == Direction.UPGRADE ? planner::upgrade : planner::downgrade;
        CallbackSet callbacks = CallbackSet.load(settings, scripts, database.dialect());
        Plan nothing = direction == Direction.UPGRADE ? alreadyThere(target, callbacks) : null;
        if (nothing != null) {
            return new Migrated(nothing, List.of());
        }
        try (MigrationLock lock = database.lock()) {
            Connection connection = database.connection();
            Set<String> current = database.currentHeads();
            HistoryTable historyTable = database.historyTable();
            MigrationGuard guard = new MigrationGuard(historyTable.read(connection));
            MigrationSource source = CallbackMigrations.wrap(scripts.source(database.dialect()), callbacks);
            if (!settings.allowChanged()) {
                guard.requireUnchanged(planner.applied(current), source);
            }
            Plan result = plan.apply(current, target);
            Map<String, Integer> resume = recovery(guard.incomplete(), result, source);
            List<Repeatable> due = direction == Direction.UPGRADE ? repeatables(guard.rows()).stream()
                    .filter(Repeatable::due).toList() : List.of();
            List<MigrationStep> reapplied = new ArrayList<>();
            callbacks.around(direction, connection, settings.listener(), () -> {
                if (!result.isEmpty() || !due.isEmpty()) {
                    settings.listener().planned(result.steps().size() + due.size());
                }
                if (!result.isEmpty()) {
                    database.migrator(source, resume).guardedBy(lock::requireHeld).run(result);
                }
                reapplied.addAll(new RepeatableRunner(connection, database.dialect(), historyTable,
                        database.appliedBy(), settings.arguments(), settings.listener()).run(due));
            });
            return new Migrated(result, List.copyOf(reapplied));
        }
    }

    /**
     * The empty plan when the database is at {@code target} already, read without the lock: nothing pending, no
     * migration stopped part-way, no applied script edited, no repeatable script due and no callback to run. Every
     * deploy's {@code upgrade head} then costs no lock connection. Null whenever anything may need doing or saying:
     * the locked run below decides that (what another process has committed is all it can change meanwhile, and
     * a half-done step of theirs shows as pending or interrupted here).
     */
    private Plan alreadyThere(String target, CallbackSet callbacks) {
        if (!callbacks.isEmpty() || settings.recovery() != Recovery.REFUSE) {
            return null;
        }
        try {
            Set<String> current = database.currentHeads();
            Plan result = planner.upgrade(current, target);
            if (!result.isEmpty()) {
                return null;
            }
            MigrationGuard guard = new MigrationGuard(database.historyTable().read(database.connection()));
            if (!guard.incomplete().isEmpty() || repeatables(guard.rows()).stream().anyMatch(Repeatable::due)) {
                return null;
            }
            if (!settings.allowChanged()) {
                guard.requireUnchanged(planner.applied(current), scripts.source(database.dialect()));
            }
            return result;
        } catch (RetortException e) {
            return null; // said again, under the lock
        }
    }

    /** The repeatable scripts, with the checksum each last ran with according to {@code history}. */
    List<Repeatable> repeatables(List<HistoryRow> history) {
        return RepeatableRunner.withHistory(Repeatables.of(scripts, database.dialect(), settings.arguments()), history);
    }

    /** What to skip of each interrupted migration, or the error that stops the run. */
    private Map<String, Integer> recovery(List<HistoryRow> incomplete, Plan plan, MigrationSource source) {
        Recovery recovery = settings.recovery();
        if (incomplete.isEmpty()) {
            if (recovery != Recovery.REFUSE) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "nothing to " + recovery.name().toLowerCase(java.util.Locale.ROOT)
                        + ": no migration stopped part-way (see 'retort history --applied'); run the command without --"
                        + recovery.name().toLowerCase(java.util.Locale.ROOT));
            }
            return Map.of();
        }
        HistoryRow first = incomplete.get(0);
        if (recovery == Recovery.REFUSE) {
            throw MigrationGuard.incompleteError(first, source.describe(first.revision()));
        }
        if (recovery == Recovery.RETRY) {
            return Map.of();
        }
        Map<String, Integer> skip = new LinkedHashMap<>();
        for (HistoryRow row : incomplete) {
            if (row.statementsTotal() == null) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "cannot --resume revision " + row.revision() + " ("
                        + source.describe(row.revision()) + "): only SQL scripts, whose statements are a fixed list, can "
                        + "continue part-way; undo what it did by hand and use --retry, or 'retort stamp' past it");
            }
            Direction direction = row.kind() == HistoryRow.Kind.DOWNGRADE ? Direction.DOWNGRADE : Direction.UPGRADE;
            java.util.Optional<dev.retort.revision.Step> planned = plan.steps().stream()
                    .filter(s -> s.revision().id().equals(row.revision()) && s.direction() == direction).findFirst();
            if (planned.isEmpty()) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "--resume continues the interrupted "
                        + direction.name().toLowerCase(java.util.Locale.ROOT) + " of " + row.revision()
                        + ", which this command does not run; run 'retort " + direction.name().toLowerCase(java.util.Locale.ROOT)
                        + " " + row.revision() + " --resume'");
            }
            ResumeCheck.requireSameStatements(row, planned.get(), source, database.dialect(), settings.arguments());
            skip.put(row.revision(), row.statementsDone());
        }
        return skip;
    }

    /**
     * Sets the version table to {@code target}, recording a stamp row for each revision that became
     * applied or unapplied, and for each unfinished migration it settles.
     */
    Set<String> stamp(String target, boolean purge) {
        try (MigrationLock lock = database.lock()) {
            Connection connection = database.connection();
            Set<String> current = database.currentHeads();
            Set<String> rows = planner.stamp(current, target, purge);
            MigrationGuard guard = new MigrationGuard(database.historyTable().read(connection));
            Set<String> before = appliedQuietly(current);
            Set<String> after = planner.applied(rows);
            MigrationSource source = scripts.source(database.dialect());
            List<HistoryRow> records = new ArrayList<>();
            Set<String> settled = new LinkedHashSet<>();
            for (String id : after) {
                if (!before.contains(id)) {
                    records.add(stampRow(id, source.checksum(id), "stamped as applied"));
                    settled.add(id);
                }
            }
            for (String id : before) {
                if (!after.contains(id)) {
                    records.add(stampRow(id, null, "stamped as not applied"));
                    settled.add(id);
                }
            }
            for (HistoryRow row : guard.incomplete()) {
                if (!settled.contains(row.revision())) {
                    boolean applied = after.contains(row.revision());
                    records.add(stampRow(row.revision(), applied ? source.checksum(row.revision()) : null,
                            "unfinished " + row.kind().column() + " settled by stamp"));
                }
            }
            database.migrator(source, Map.of()).stamp(rows, records);
            return rows;
        }
    }

    /** {@code stamp --refresh-checksums}: records the current checksum of every applied script that changed. */
    List<String> refreshChecksums() {
        try (MigrationLock lock = database.lock()) {
            Connection connection = database.connection();
            Set<String> applied = planner.applied(database.currentHeads());
            MigrationGuard guard = new MigrationGuard(database.historyTable().read(connection));
            MigrationSource source = scripts.source(database.dialect());
            List<String> changed = guard.changed(applied, source);
            List<HistoryRow> records = new ArrayList<>();
            for (String id : changed) {
                records.add(stampRow(id, source.checksum(id), "checksum refreshed"));
            }
            database.migrator(source, Map.of()).record(records);
            return changed;
        }
    }

    /** The history table's rows, oldest first; read without the lock (it never waits on a migration). */
    List<HistoryRow> appliedHistory() {
        return database.historyTable().read(database.connection());
    }

    /** {@link dev.retort.Retort#status()}: read without the lock, like {@link #appliedHistory()}. */
    MigrationStatus status(List<String> heads) {
        Set<String> current = database.currentHeads();
        MigrationGuard guard = new MigrationGuard(appliedHistory());
        List<String> pending = planner.upgrade(current, "heads").steps().stream().map(s -> s.revision().id()).toList();
        return new MigrationStatus(current, heads, pending, guard.changed(planner.applied(current), scripts.source(database.dialect())),
                guard.incomplete(), repeatables(guard.rows()).stream().filter(Repeatable::due).map(Repeatable::name).toList());
    }

    // A purge may leave rows naming unknown revisions: their ancestors cannot be known.
    private Set<String> appliedQuietly(Set<String> current) {
        try {
            return planner.applied(current);
        } catch (RetortException e) {
            return Set.of();
        }
    }

    private HistoryRow stampRow(String revision, String checksum, String message) {
        return new HistoryRow(0, revision, HistoryRow.Kind.STAMP, checksum, null, 0, true, 0L, database.appliedBy(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), message);
    }
}
