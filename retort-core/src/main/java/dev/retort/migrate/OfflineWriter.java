package dev.retort.migrate;

import dev.retort.Migration;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.render.DefaultOp;
import dev.retort.render.SqlTextSink;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * Writes a {@link Plan} as an SQL script ({@code --sql} mode), touching no database: the version table's
 * {@code CREATE TABLE} when upgrading from base, then per step a {@code -- Running upgrade a -> b, message}
 * comment, the migration's statements and the version row change, wrapped in a transaction where the
 * database's DDL is transactional.
 *
 * <pre>{@code
 * new OfflineWriter(dialect, VersionTable.of(dialect), source, Map.of()).write(plan, System.out);
 * }</pre>
 */
public final class OfflineWriter {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final MigrationSource source;
    private final Map<String, String> arguments;

    public OfflineWriter(Dialect dialect, VersionTable versionTable, MigrationSource source, Map<String, String> arguments) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.source = Objects.requireNonNull(source, "source");
        this.arguments = Map.copyOf(arguments == null ? Map.of() : arguments);
    }

    /** Writes the plan's SQL to {@code out}; an empty plan writes nothing and loads nothing. */
    public void write(Plan plan, Appendable out) {
        if (plan.isEmpty()) {
            return;
        }
        Map<String, LoadedMigration> loaded = PlanLoading.load(source, plan);
        SqlTextSink sink = new SqlTextSink(dialect, out);
        if (plan.direction() == Direction.UPGRADE && plan.startHeads().isEmpty()) {
            line(out, versionTable.createSql(true) + ";");
            line(out, "");
        }
        for (Step step : plan.steps()) {
            LoadedMigration migration = loaded.get(step.revision().id());
            boolean transaction = migration.transactional() && dialect.transactionalDdl();
            line(out, "-- Running " + Steps.describe(step, migration.message()));
            if (transaction) {
                line(out, dialect.beginTransaction() + ";");
            }
            run(step, migration.migration(), DefaultOp.offline(dialect, out, arguments));
            versionTable.write(step.removedHeads(), step.addedHeads(), sink);
            if (transaction) {
                line(out, dialect.commitTransaction() + ";");
            }
            line(out, "");
        }
    }

    /**
     * Writes every repeatable script, after an upgrade's steps: offline there is no history table to tell which
     * changed, so all of them, each as {@code -- Running repeatable NAME} and its statements (in a transaction
     * where DDL is transactional). Nothing is recorded in the history table, as for the steps.
     */
    public void writeRepeatables(List<RepeatableRunner.Repeatable> repeatables, Appendable out) {
        for (RepeatableRunner.Repeatable r : repeatables) {
            line(out, "-- Running " + RepeatableRunner.step(r).arrow());
            if (dialect.transactionalDdl()) {
                line(out, dialect.beginTransaction() + ";");
            }
            try {
                r.migration().upgrade(DefaultOp.offline(dialect, out, arguments));
            } catch (RetortException e) {
                throw e;
            } catch (Exception e) {
                throw new MigrationFailedException(r.name(), null, "Writing the SQL of repeatable " + r.name() + " failed: " + e, e);
            }
            if (dialect.transactionalDdl()) {
                line(out, dialect.commitTransaction() + ";");
            }
            line(out, "");
        }
    }

    /**
     * Writes the version-table change of {@code stamp} from {@code startHeads} to {@code newHeads}; from
     * base, the version table's creation first.
     */
    public void writeStamp(Set<String> startHeads, Set<String> newHeads, Appendable out) {
        List<String> removed = startHeads.stream().filter(h -> !newHeads.contains(h)).sorted().toList();
        List<String> added = newHeads.stream().filter(h -> !startHeads.contains(h)).sorted().toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        if (startHeads.isEmpty()) {
            line(out, versionTable.createSql(true) + ";");
            line(out, "");
        }
        versionTable.write(removed, added, new SqlTextSink(dialect, out));
    }

    private static void run(Step step, Migration migration, DefaultOp op) {
        try {
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
        } catch (RetortException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationFailedException(step.revision().id(), null,
                    "Writing the SQL of " + Steps.arrow(step) + " failed: " + e, e);
        }
    }

    private static void line(Appendable out, String text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
