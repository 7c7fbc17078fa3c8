package dev.retort.command;

import dev.retort.CompareOptions;
import dev.retort.DriftResult;
import dev.retort.MigrationListener;
import dev.retort.RetortSettings;
import dev.retort.VerifyResult;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaInspector;
import dev.retort.dialect.ScratchPlace;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migrate.MigrationSource;
import dev.retort.migrate.Migrator;
import dev.retort.migrate.VersionTable;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Planner;
import dev.retort.revision.Step;
import dev.retort.schema.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code verify} and {@code drift}: migrations run on a {@link ScratchPlace} the dialect makes, never on the live
 * database's tables. The place is removed in a {@code finally} and, should the JVM be stopped meanwhile
 * (Ctrl-C), by a shutdown hook.
 */
final class ScratchRuns {
    private final RetortSettings settings;
    private final Database database;
    private final Planner planner;
    private final MigrationSource source;

    ScratchRuns(RetortSettings settings, Database database, Planner planner, MigrationSource source) {
        this.settings = settings;
        this.database = database;
        this.planner = planner;
        this.source = source;
    }

    VerifyResult verify(String range) {
        Plan plan = planner.upgradeRange(range == null || range.isBlank() ? "heads" : range);
        List<String> verified = new ArrayList<>();
        try (Scratch scratch = open()) {
            for (String start : plan.startHeads()) {
                scratch.migrator().run(planner.upgrade(scratch.migrator().current(), start));
            }
            for (Step up : plan.steps()) {
                Schema before = scratch.reflect();
                run(scratch, up);
                Step down = new Step(up.revision(), Direction.DOWNGRADE, up.addedHeads(), up.removedHeads());
                try {
                    run(scratch, down);
                } catch (RetortException e) {
                    return new VerifyResult(verified, up.revision().id(), "its downgrade failed: " + e.getMessage(),
                            List.of(), scratch.place.describe());
                }
                List<String> difference = compare(before, scratch.reflect());
                if (!difference.isEmpty()) {
                    return new VerifyResult(verified, up.revision().id(),
                            "the schema after its downgrade differs from the schema before its upgrade", difference,
                            scratch.place.describe());
                }
                run(scratch, up);
                verified.add(up.revision().id());
            }
            return new VerifyResult(verified, null, null, List.of(), scratch.place.describe());
        }
    }

    DriftResult drift() {
        Set<String> current = database.currentHeads();
        try (Scratch scratch = open()) {
            for (String head : current) {
                scratch.migrator().run(planner.upgrade(scratch.migrator().current(), head));
            }
            Schema expected = scratch.reflect();
            Schema live = database.reflect(null, table -> true);
            return new DriftResult(current, compare(live, expected), scratch.place.describe());
        }
    }

    /** The operations that take {@code actual} to {@code desired}, one line each. */
    private List<String> compare(Schema desired, Schema actual) {
        return new SchemaComparator(database.dialect()).compare(desired, actual, CompareOptions.all()).changes();
    }

    private void run(Scratch scratch, Step step) {
        Set<String> from = scratch.migrator().current();
        scratch.migrator().run(new Plan(step.direction(), from, List.of(step), Set.of()));
    }

    private Scratch open() {
        Dialect dialect = database.dialect();
        database.connection(); // waits for the server first, when told to
        try {
            return new Scratch(dialect.scratch(database::connectAnother), dialect);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot create a scratch place: " + e.getMessage(), e);
        }
    }

    /** The place, its migrator and the hook that removes it if the JVM stops first. */
    private final class Scratch implements AutoCloseable {
        final ScratchPlace place;
        private final Dialect dialect;
        private final Thread hook;
        private Migrator migrator;

        Scratch(ScratchPlace place, Dialect dialect) {
            this.place = place;
            this.dialect = dialect;
            this.hook = new Thread(place::close, "retort-scratch-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        Migrator migrator() {
            if (migrator == null) {
                VersionTable versionTable = new VersionTable(dialect, null, settings.versionTable());
                migrator = new Migrator(place.connection(), dialect, versionTable, source, settings.arguments(),
                        MigrationListener.NONE);
            }
            return migrator;
        }

        Schema reflect() {
            try {
                return dialect.inspector().inspect(place.connection(), null,
                        SchemaInspector.excluding(List.of(settings.versionTable(), settings.historyTable())));
            } catch (SQLException e) {
                throw new RetortException(ErrorCode.CONNECTION, "cannot read the scratch schema: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                place.close();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs (or ran) anyway; close() is idempotent
                }
            }
        }
    }
}
