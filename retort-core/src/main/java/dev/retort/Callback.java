package dev.retort;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Code run at fixed points of {@code upgrade} and {@code downgrade} (Flyway's callbacks): auditing, grants,
 * refreshing a materialized view, checks. The user-script counterpart of {@link MigrationListener}, which only
 * hears progress. SQL callbacks are files in the script location's {@code callbacks/} folder named by event
 * ({@code beforeUpgrade.sql}, {@code afterEachMigration__audit.sql}); Java ones implement this interface and
 * are registered with {@link RetortBuilder#callbacks}, by class name ({@code callbacks = com.example.Audit} in
 * {@code retort.properties}), or in {@code META-INF/services/dev.retort.Callback}.
 *
 * <p>Transactions: a callback of {@link Event#BEFORE_EACH_MIGRATION} or {@link Event#AFTER_EACH_MIGRATION} runs
 * inside the migration's transaction (with auto-commit when the migration has none), so it commits or rolls
 * back with it. Every other callback runs in a transaction of its own, committed when it returns. A callback
 * that throws fails the command; {@link Event#AFTER_MIGRATION_ERROR} callbacks run after a failure (the
 * failing step rolled back) and an error of theirs is added to the original as suppressed, never replacing it.
 * Offline ({@code --sql}) SQL callbacks are written into the script; Java callbacks run online only.
 */
@FunctionalInterface
public interface Callback {

    /** Runs the callback for {@code context.event()}; ignore the events this callback is not about. */
    void handle(Context context) throws Exception;

    /** The name in messages; the class name by default. */
    default String name() {
        return getClass().getName();
    }

    /** When a callback runs; each event's file name is its camel-case name ({@code beforeEachMigration.sql}). */
    enum Event {
        /** Before an upgrade command runs any migration, even when there is nothing to apply. */
        BEFORE_UPGRADE,
        /** After every migration of an upgrade committed. */
        AFTER_UPGRADE,
        /** Before a downgrade command runs any migration. */
        BEFORE_DOWNGRADE,
        /** After every migration of a downgrade committed. */
        AFTER_DOWNGRADE,
        /** Before each migration step (either direction), in its transaction. */
        BEFORE_EACH_MIGRATION,
        /** After each migration step's statements, in its transaction, before the version row changes. */
        AFTER_EACH_MIGRATION,
        /** After an upgrade or downgrade failed (the failing step rolled back), with the error. */
        AFTER_MIGRATION_ERROR;

        /** {@code beforeEachMigration}: the file name of SQL callbacks for this event, without {@code .sql}. */
        public String fileName() {
            StringBuilder name = new StringBuilder();
            for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
                name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return name.toString();
        }

        /** The event a file name ({@code beforeUpgrade}, without suffix and {@code .sql}) names. */
        public static Optional<Event> ofFileName(String fileName) {
            return Arrays.stream(values()).filter(e -> e.fileName().equals(fileName)).findFirst();
        }
    }

    /**
     * What a callback is told.
     *
     * @param event      why it runs
     * @param direction  the command's direction
     * @param revision   the step's revision for the each-migration events and a failed step's for
     *                   {@link Event#AFTER_MIGRATION_ERROR}; otherwise null
     * @param message    that revision's message, or null
     * @param connection the JDBC connection of the run: inside the migration's transaction for the each-migration
     *                   events. Do not commit, roll back or close it.
     * @param error      the failure, for {@link Event#AFTER_MIGRATION_ERROR}; otherwise null
     */
    record Context(Event event, Direction direction, String revision, String message, Connection connection,
            Throwable error) {
    }
}
