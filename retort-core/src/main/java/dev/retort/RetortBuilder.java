package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ModelSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/** Configures a {@link Retort}. */
public final class RetortBuilder {
    private final RetortSettings.Mutable values = new RetortSettings.Mutable();

    RetortBuilder() {
    }

    /** The folder holding {@code versions/} and the templates. Required. */
    public RetortBuilder scriptLocation(Path scriptLocation) {
        values.scriptLocation = Objects.requireNonNull(scriptLocation, "scriptLocation");
        return this;
    }

    /** Folders holding scripts; default {@code scriptLocation/versions}. */
    public RetortBuilder versionLocations(List<Path> versionLocations) {
        values.versionLocations = List.copyOf(versionLocations);
        return this;
    }

    /**
     * Scripts packaged with the application: {@code *.sql} resources under this class-path folder
     * (such as {@code db/migrations}) and compiled {@link Migration} classes annotated with
     * {@link Revision} in the package of the same path, in folders or jars. Nothing is compiled at run time.
     */
    public RetortBuilder classpathLocation(String folder) {
        values.classpathLocation = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** The class loader that {@link #classpathLocation(String)} searches; default the context class loader. */
    public RetortBuilder classLoader(ClassLoader loader) {
        values.classLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** Migrations given as objects, each annotated with {@link Revision}; they join the class-path scripts. */
    public RetortBuilder migrations(List<? extends Migration> migrations) {
        values.migrations = List.copyOf(migrations);
        return this;
    }

    /** A JDBC URL, or a {@code postgresql://user:pass@host:port/db} style URL. */
    public RetortBuilder url(String url) {
        values.url = url;
        return this;
    }

    public RetortBuilder user(String user) {
        values.user = user;
        return this;
    }

    public RetortBuilder password(String password) {
        values.password = password;
        return this;
    }

    /** Use connections from an application's pool instead of a URL. */
    public RetortBuilder dataSource(DataSource dataSource) {
        values.dataSource = dataSource;
        return this;
    }

    /** The version table's name; {@code retort_version} by default, {@code alembic_version} to adopt an Alembic database. */
    public RetortBuilder versionTable(String name) {
        values.versionTable = Objects.requireNonNull(name, "name");
        return this;
    }

    public RetortBuilder versionTableSchema(String schema) {
        values.versionTableSchema = schema;
        return this;
    }

    /** The {@code -x key=value} values that scripts read through {@link Op#arguments()}. */
    public RetortBuilder arguments(Map<String, String> arguments) {
        values.arguments = Map.copyOf(arguments);
        return this;
    }

    /** Where compiled Java scripts are cached; default {@code ~/.cache/retort}. */
    public RetortBuilder cacheDir(Path cacheDir) {
        values.cacheDir = cacheDir;
        return this;
    }

    /** The history table's name; {@code retort_history} by default. It lives in the version table's schema. */
    public RetortBuilder historyTable(String name) {
        values.historyTable = Objects.requireNonNull(name, "name");
        return this;
    }

    /** How long a writing command waits for another process's migration lock; 5 minutes by default. */
    public RetortBuilder lockTimeout(Duration timeout) {
        values.lockTimeout = requirePositive(timeout, "lockTimeout");
        return this;
    }

    /** How the migration lock is held; {@link LockStrategy#AUTO} by default. */
    public RetortBuilder lockStrategy(LockStrategy strategy) {
        values.lockStrategy = Objects.requireNonNull(strategy, "strategy");
        return this;
    }

    /**
     * How long a lease lock ({@link LockStrategy#LEASE}) lives without its heartbeat, which renews it every third
     * of that; 30 seconds by default. A process that dies holds the lock this long at most.
     */
    public RetortBuilder leaseDuration(Duration lease) {
        if (lease == null || lease.toMillis() < 30) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "leaseDuration must be at least 30ms, got " + lease);
        }
        values.leaseDuration = lease;
        return this;
    }

    /**
     * How long each migration statement may wait for a table lock before it fails (PostgreSQL's
     * {@code lock_timeout}), so DDL queued behind traffic fails fast instead of stalling the table; a script's
     * own ({@code -- lock-timeout: 2s}, {@code @Revision(lockTimeout = "2s")}) wins. Unset: the server's.
     */
    public RetortBuilder ddlLockTimeout(Duration timeout) {
        values.ddlLockTimeout = timeout == null ? null : requirePositive(timeout, "ddlLockTimeout");
        return this;
    }

    /** How long each migration statement may run (PostgreSQL's {@code statement_timeout}); a script's own wins. */
    public RetortBuilder statementTimeout(Duration timeout) {
        values.statementTimeout = timeout == null ? null : requirePositive(timeout, "statementTimeout");
        return this;
    }

    /**
     * How many times a step that hit a lock timeout (or a serialization failure the engine asks clients to retry)
     * runs again, with backoff, when it rolled back whole; 0 by default.
     */
    public RetortBuilder retries(int retries) {
        if (retries < 0) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "retries must be zero or more, got " + retries);
        }
        values.retries = retries;
        return this;
    }

    /**
     * How long to keep retrying the first connection while the database is not up yet (refused, unknown
     * host, starting up); zero, the default, tries once. A wrong password fails at once.
     */
    public RetortBuilder waitForDatabase(Duration wait) {
        values.connectWait = requirePositive(wait, "wait");
        return this;
    }

    /** Runs even when an applied script was edited since it ran (its checksum changed). */
    public RetortBuilder allowChangedScripts(boolean allow) {
        values.allowChanged = allow;
        return this;
    }

    /** What to do about a migration that stopped part-way; {@link Recovery#REFUSE} by default. */
    public RetortBuilder recovery(Recovery recovery) {
        values.recovery = Objects.requireNonNull(recovery, "recovery");
        return this;
    }

    private static Duration requirePositive(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, what + " must be zero or more, got " + d);
        }
        return d;
    }

    /** Java callbacks, run at their events of {@code upgrade} and {@code downgrade} (see {@link Callback}). */
    public RetortBuilder callbacks(List<? extends Callback> callbacks) {
        values.callbacks = List.copyOf(callbacks);
        return this;
    }

    /**
     * Callbacks by class name ({@code callbacks} in {@code retort.properties}): public classes with a public no-argument
     * constructor, loaded through {@link #classLoader(ClassLoader)} when a command first runs them.
     */
    public RetortBuilder callbackClasses(List<String> classNames) {
        values.callbackClasses = List.copyOf(classNames);
        return this;
    }

    public RetortBuilder listener(MigrationListener listener) {
        values.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Where the expected schema comes from, for {@link Retort#autogenerate} and {@link Retort#check()}:
     * {@code ModelSources.of(ModelConfig.definition(List.of(Path.of("build/classes")), "com.example.AppSchema"))}.
     */
    public RetortBuilder models(ModelSource models) {
        values.models = Objects.requireNonNull(models, "models");
        return this;
    }

    /** Which tables (and which schema) {@link Retort#autogenerate} and {@link Retort#check()} compare; all of the current schema by default. */
    public RetortBuilder compareOptions(CompareOptions options) {
        values.compareOptions = Objects.requireNonNull(options, "options");
        return this;
    }

    /** Opens a {@code Retort} with these settings; connects to nothing until a command needs the database. */
    public Retort build() {
        return provider().open(values.freeze());
    }

    /** The command layer, found with {@link ServiceLoader}. */
    static Retort.Provider provider() {
        return ServiceLoader.load(Retort.Provider.class, Retort.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + Retort.Provider.class.getName()
                        + " on the class path: is retort-core's jar complete?"));
    }
}
