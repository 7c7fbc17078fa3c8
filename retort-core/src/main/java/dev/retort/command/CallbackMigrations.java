package dev.retort.command;

import dev.retort.Callback.Event;
import dev.retort.Direction;
import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.migrate.WrappedMigration;
import dev.retort.revision.RevisionNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link MigrationSource} whose migrations run the each-migration callbacks around their own statements, through
 * the same {@link Op}: online inside the step's transaction (committed or rolled back with it, counted with its
 * statements), offline printed with them. The runner needs no hook of its own.
 */
final class CallbackMigrations extends SourceOver {
    private final CallbackSet callbacks;

    private CallbackMigrations(MigrationSource source, CallbackSet callbacks) {
        super(source);
        this.callbacks = callbacks;
    }

    /** {@code source} itself when no callback hears the each-migration events. */
    static MigrationSource wrap(MigrationSource source, CallbackSet callbacks) {
        return callbacks.has(Event.BEFORE_EACH_MIGRATION) || callbacks.has(Event.AFTER_EACH_MIGRATION)
                ? new CallbackMigrations(source, callbacks) : source;
    }

    @Override
    public Map<String, LoadedMigration> load(List<RevisionNode> revisions) {
        Map<String, LoadedMigration> loaded = new LinkedHashMap<>();
        source.load(revisions).forEach((id, m) -> loaded.put(id, new LoadedMigration(
                new Around(m.migration(), id, m.message()), m.message(), m.transactional(), m.checksum(),
                count(m.upgradeStatements()), count(m.downgradeStatements()), m.lockTimeout(), m.statementTimeout())));
        return loaded;
    }

    /** A known statement count plus the SQL callbacks' statements, which run through the same op. */
    private int count(int statements) {
        return statements < 0 ? statements : statements + callbacks.sqlStatements(Event.BEFORE_EACH_MIGRATION)
                + callbacks.sqlStatements(Event.AFTER_EACH_MIGRATION);
    }

    /** The migration between its callbacks. */
    private final class Around implements WrappedMigration {
        private final Migration migration;
        private final String revision;
        private final String message;

        Around(Migration migration, String revision, String message) {
            this.migration = migration;
            this.revision = revision;
            this.message = message;
        }

        @Override
        public Migration wrapped() {
            return migration;
        }

        @Override
        public void upgrade(Op op) throws Exception {
            callbacks.through(op, Event.BEFORE_EACH_MIGRATION, Direction.UPGRADE, revision, message);
            migration.upgrade(op);
            callbacks.through(op, Event.AFTER_EACH_MIGRATION, Direction.UPGRADE, revision, message);
        }

        @Override
        public void downgrade(Op op) throws Exception {
            callbacks.through(op, Event.BEFORE_EACH_MIGRATION, Direction.DOWNGRADE, revision, message);
            migration.downgrade(op);
            callbacks.through(op, Event.AFTER_EACH_MIGRATION, Direction.DOWNGRADE, revision, message);
        }
    }
}
