package dev.retort.migrate;

import dev.retort.ErrorCode;
import dev.retort.Migration;
import dev.retort.MigrationFailedException;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.op.DefaultOp;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a {@link Plan} on a live database, one transaction per step: the migration's upgrade or downgrade,
 * then the step's change to the version table, then commit. A failing step is rolled back; on a
 * database with transactional DDL that leaves schema and version table at the previous revision.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(connection, dialect, VersionTable.of(dialect), source, Map.of(), listener);
 * migrator.run(plan);
 * }</pre>
 *
 * <p>The connection's auto-commit setting is restored after each step.
 */
public final class Migrator {
    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final MigrationSource source;
    private final Map<String, String> arguments;
    private final MigrationListener listener;

    public Migrator(Connection connection, Dialect dialect, VersionTable versionTable, MigrationSource source,
            Map<String, String> arguments, MigrationListener listener) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.source = Objects.requireNonNull(source, "source");
        this.arguments = Map.copyOf(arguments == null ? Map.of() : arguments);
        this.listener = listener == null ? MigrationListener.NONE : listener;
    }

    /** The version table's rows: the applied heads (empty at base). */
    public Set<String> current() {
        return versionTable.read(connection);
    }

    /**
     * Runs every step of {@code plan} in order. An empty plan does nothing: no migration is loaded and no
     * version table is created.
     *
     * @throws MigrationFailedException when a step fails; earlier steps stay committed
     */
    public void run(Plan plan) {
        if (plan.isEmpty()) {
            return;
        }
        Map<String, LoadedMigration> loaded = PlanLoading.load(source, plan);
        boolean tableReady = false;
        for (Step step : plan.steps()) {
            listener.stepStarting(step);
            long started = System.nanoTime();
            LoadedMigration migration = loaded.get(step.revision().id());
            tableReady = runStep(step, migration, tableReady);
            listener.stepFinished(step, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Rewrites the version table to hold exactly {@code newRows}, running no migration, in one transaction.
     * Creates the table only when there is a row to write.
     */
    public void stamp(Set<String> newRows) {
        Set<String> currentRows = current();
        List<String> removed = currentRows.stream().filter(r -> !newRows.contains(r)).sorted().toList();
        List<String> added = newRows.stream().filter(r -> !currentRows.contains(r)).sorted().toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        boolean autoCommit = autoCommit();
        try {
            versionTable.ensure(connection);
            setAutoCommit(false);
            try {
                versionTable.apply(connection, removed, added);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e instanceof RetortException r ? r
                        : new RetortException(ErrorCode.VERSION_TABLE, "cannot stamp " + versionTable + ": " + e.getMessage(), e);
            }
        } finally {
            setAutoCommit(autoCommit);
        }
    }

    private boolean runStep(Step step, LoadedMigration loaded, boolean tableReady) {
        boolean autoCommit = autoCommit();
        try {
            setAutoCommit(!loaded.transactional());
            try {
                // Created inside the first step's transaction, so a failing first step on a database
                // with transactional DDL leaves no empty version table behind.
                if (!tableReady) {
                    versionTable.ensure(connection);
                }
                DefaultOp op = DefaultOp.online(connection, dialect, arguments);
                Migration migration = loaded.migration();
                if (step.direction() == Direction.UPGRADE) {
                    migration.upgrade(op);
                } else {
                    migration.downgrade(op);
                }
                versionTable.apply(connection, step.removedHeads(), step.addedHeads());
                if (loaded.transactional()) {
                    connection.commit();
                }
            } catch (Exception e) {
                if (loaded.transactional()) {
                    rollback(e);
                }
                throw failure(step, loaded, e);
            } catch (Error e) {
                // Restoring auto-commit below would otherwise commit half a migration.
                if (loaded.transactional()) {
                    rollback(e);
                }
                throw e;
            }
        } finally {
            setAutoCommit(autoCommit);
        }
        return true;
    }

    private RetortException failure(Step step, LoadedMigration loaded, Exception e) {
        if (e instanceof RetortException r && !(r instanceof MigrationFailedException)) {
            return r;
        }
        String sql = e instanceof MigrationFailedException m ? m.sql() : null;
        Throwable cause = e instanceof MigrationFailedException && e.getCause() != null ? e.getCause() : e;
        String reason = e instanceof MigrationFailedException || e instanceof SQLException
                ? String.valueOf(e.getMessage()).strip() : e.toString();
        String message = "Running " + Steps.arrow(step) + " failed: " + reason;
        if (!loaded.transactional() || !dialect.transactionalDdl()) {
            message += " (" + (loaded.transactional() ? dialect.name() + " commits DDL at once" : "the migration ran "
                    + "outside a transaction") + ", so statements before the failing one may stay applied: check "
                    + "the database before retrying)";
        }
        return new MigrationFailedException(step.revision().id(), sql, message, cause);
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "lost the database connection: " + e.getMessage(), e);
        }
    }

    private void setAutoCommit(boolean on) {
        try {
            if (connection.getAutoCommit() != on) {
                connection.setAutoCommit(on);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot set auto-commit on the database connection: "
                    + e.getMessage(), e);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
