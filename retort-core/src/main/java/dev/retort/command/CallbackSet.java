package dev.retort.command;

import dev.retort.Callback;
import dev.retort.Callback.Context;
import dev.retort.Callback.Event;
import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.Op;
import dev.retort.RetortSettings;
import dev.retort.command.CallbackFiles.SqlCallback;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.render.DefaultOp;
import dev.retort.script.StatementSplitter.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The callbacks of a run ({@link Callback}): the SQL files of {@code callbacks/} in name order, then the Java
 * callbacks (the builder's, those named in the configuration, those of {@code META-INF/services}). SQL callbacks
 * run through an {@link Op}, so inside a migration they count as its statements and offline they are printed.
 */
final class CallbackSet {
    private final List<SqlCallback> files;
    private final List<Callback> java;
    private final Dialect dialect;
    private final Map<String, String> arguments;

    CallbackSet(List<SqlCallback> files, List<Callback> java, Dialect dialect, Map<String, String> arguments) {
        this.files = List.copyOf(files);
        this.java = List.copyOf(java);
        this.dialect = dialect;
        this.arguments = arguments;
    }

    /** The callbacks {@code settings} and the scripts hold; Java classes are instantiated here. */
    static CallbackSet load(RetortSettings settings, ScriptSet scripts, Dialect dialect) {
        List<Callback> java = new ArrayList<>(settings.callbacks());
        Set<String> classes = new LinkedHashSet<>();
        java.forEach(c -> classes.add(c.getClass().getName()));
        for (String name : settings.callbackClasses()) {
            if (classes.add(name)) {
                java.add(instantiate(name, settings.classLoader()));
            }
        }
        for (Callback found : ServiceLoader.load(Callback.class, settings.classLoader())) {
            if (classes.add(found.getClass().getName())) {
                java.add(found);
            }
        }
        List<java.nio.file.Path> files = settings.scriptLocation() != null ? CallbackFiles.inFolder(settings.scriptLocation())
                : scripts.callbackFiles();
        return new CallbackSet(CallbackFiles.read(files, dialect), java, dialect, settings.arguments());
    }

    private static Callback instantiate(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name.strip(), true, loader);
            if (!Callback.class.isAssignableFrom(type)) {
                throw new RetortException(ErrorCode.CONFIG, "callback class " + name + " does not implement "
                        + Callback.class.getName());
            }
            return (Callback) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new RetortException(ErrorCode.CONFIG, "callback class " + name + " is not on the class path"
                    + " (callbacks in retort.properties; callback_classpath names its folders and jars)", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot create callback " + name
                    + " (it needs a public no-argument constructor): " + e, e);
        }
    }

    boolean isEmpty() {
        return files.isEmpty() && java.isEmpty();
    }

    /** Whether any callback may run at {@code event}: every Java callback hears every event. */
    boolean has(Event event) {
        return !java.isEmpty() || files.stream().anyMatch(f -> f.event() == event);
    }

    /** The run of an upgrade or downgrade between its callbacks; after a failure the error callbacks, then the failure. */
    void around(dev.retort.revision.Direction way, Connection connection, MigrationListener listener, Runnable work) {
        if (isEmpty()) {
            work.run();
            return;
        }
        Direction direction = Direction.valueOf(way.name());
        boolean up = direction == Direction.UPGRADE;
        try {
            run(up ? Event.BEFORE_UPGRADE : Event.BEFORE_DOWNGRADE, direction, connection, listener);
            work.run();
            run(up ? Event.AFTER_UPGRADE : Event.AFTER_DOWNGRADE, direction, connection, listener);
        } catch (RuntimeException e) {
            afterError(direction, connection, listener, e);
            throw e;
        }
    }

    /**
     * {@code --sql}: the run-level SQL callbacks printed before and after what {@code work} prints, each in a
     * transaction where the database's DDL is transactional, as they run online. Java callbacks run online only.
     */
    void offline(dev.retort.revision.Direction way, Appendable out, Runnable work) {
        boolean up = way == dev.retort.revision.Direction.UPGRADE;
        print(up ? Event.BEFORE_UPGRADE : Event.BEFORE_DOWNGRADE, out);
        work.run();
        print(up ? Event.AFTER_UPGRADE : Event.AFTER_DOWNGRADE, out);
    }

    private void print(Event event, Appendable out) {
        boolean transaction = dialect.transactionalDdl();
        for (SqlCallback file : files) {
            if (file.event() == event) {
                line(out, "-- Running callback " + file.file());
                line(out, transaction ? dialect.beginTransaction() + ";" : null);
                sql(file, DefaultOp.offline(dialect, out, arguments), null);
                line(out, transaction ? dialect.commitTransaction() + ";" : null);
                line(out, "");
            }
        }
    }

    private static void line(Appendable out, String text) {
        if (text != null) {
            try {
                out.append(text).append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** How many statements the SQL callbacks of {@code event} run. */
    int sqlStatements(Event event) {
        return files.stream().filter(f -> f.event() == event).mapToInt(f -> f.statements().size()).sum();
    }

    /**
     * Runs the callbacks of a run-level event online, each in a transaction of its own, committed when it returns.
     */
    void run(Event event, Direction direction, Connection connection, MigrationListener listener) {
        for (SqlCallback file : files) {
            if (file.event() == event) {
                listener.notice("Running callback " + file.file());
                inTransaction(connection, () -> sql(file, DefaultOp.online(connection, dialect, arguments), null));
            }
        }
        for (Callback callback : java) {
            Context context = new Context(event, direction, null, null, connection, null);
            inTransaction(connection, () -> java(callback, context, null));
        }
    }

    /**
     * Runs the {@link Event#AFTER_MIGRATION_ERROR} callbacks after {@code failure}; an error of theirs is added to
     * it as suppressed.
     */
    void afterError(Direction direction, Connection connection, MigrationListener listener, RuntimeException failure) {
        if (!has(Event.AFTER_MIGRATION_ERROR)) {
            return;
        }
        String revision = failure instanceof MigrationFailedException m ? m.revision() : null;
        for (SqlCallback file : files) {
            if (file.event() == Event.AFTER_MIGRATION_ERROR) {
                listener.notice("Running callback " + file.file());
                suppressing(failure, () -> inTransaction(connection,
                        () -> sql(file, DefaultOp.online(connection, dialect, arguments), revision)));
            }
        }
        for (Callback callback : java) {
            Context context = new Context(Event.AFTER_MIGRATION_ERROR, direction, revision, null, connection, failure);
            suppressing(failure, () -> inTransaction(connection, () -> java(callback, context, revision)));
        }
    }

    /**
     * Runs the callbacks of {@code event} through {@code op}: a migration's (each-migration events, in its
     * transaction) or an offline one (SQL printed; Java callbacks, which need a connection, skipped).
     */
    void through(Op op, Event event, Direction direction, String revision, String message) {
        for (SqlCallback file : files) {
            if (file.event() == event) {
                sql(file, op, revision);
            }
        }
        if (op.offline()) {
            return;
        }
        for (Callback callback : java) {
            java(callback, new Context(event, direction, revision, message, op.connection(), null), revision);
        }
    }

    private static void sql(SqlCallback file, Op op, String revision) {
        for (Statement statement : file.statements()) {
            try {
                op.execute(statement.sql());
            } catch (RuntimeException e) {
                String reason = e instanceof MigrationFailedException ? e.getMessage() : e.toString();
                throw new MigrationFailedException(revision, statement.sql(), "callback " + file.file() + ":"
                        + statement.line() + " failed: " + reason, e.getCause() != null ? e.getCause() : e);
            }
        }
    }

    private static void java(Callback callback, Context context, String revision) {
        try {
            callback.handle(context);
        } catch (Exception e) {
            throw new MigrationFailedException(revision, null, "callback " + callback.name() + " ("
                    + context.event().fileName() + ") failed: " + e, e);
        }
    }

    private static void suppressing(RuntimeException failure, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void inTransaction(Connection connection, Runnable work) {
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e instanceof RuntimeException r ? r
                    : new RetortException(ErrorCode.CONNECTION, "callback transaction failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                // The connection is broken; the next use reports it.
            }
        }
    }
}
