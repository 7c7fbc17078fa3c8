package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ModelSource;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Retort's public entry point: every command of the CLI is a method here.
 *
 * <pre>{@code
 * try (Retort retort = Retort.builder()
 *         .scriptLocation(Path.of("migrations"))
 *         .url("jdbc:postgresql://db:5432/app").user("app").password(secret)
 *         .build()) {
 *     retort.upgrade("head");
 * }
 * }</pre>
 *
 * <p>Read-only commands ({@link #heads()}, {@link #history(String, boolean)}, ...) read script
 * headers only and never start the compiler; the database is connected to lazily, only by the
 * commands that need it. Not thread-safe: one instance per command or start-up.
 *
 * <p>The implementation is Retort's command layer, found through {@link Provider} with
 * {@link ServiceLoader}; applications only call this interface.
 */
public interface Retort extends AutoCloseable {

    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a script folder for {@code retort init}: {@code location}, its {@code versions/} folder and
     * the templates for new scripts. Returns what it created, in order.
     */
    static List<Path> init(Path location) {
        return provider().init(location);
    }

    private static Provider provider() {
        return ServiceLoader.load(Provider.class, Retort.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + Provider.class.getName()
                        + " on the class path: is retort-core's jar complete?"));
    }

    /**
     * The command layer behind {@code Retort}: implemented inside retort-core, found with
     * {@link ServiceLoader}. Not for applications to implement.
     */
    interface Provider {
        Retort open(RetortSettings settings);

        List<Path> init(Path location);
    }

    /** The heads, e.g. {@code 27c6a30d7c24 (shoppingcart) (head)} in {@code retort heads}. */
    List<RevisionInfo> heads();

    /** Branch points: revisions that two or more revisions revise. */
    List<RevisionInfo> branches();

    /**
     * {@code history -r range}, newest first. Connects to the database only when the range mentions
     * {@code current} or a relative revision, or {@code indicateCurrent} is set.
     */
    List<RevisionInfo> history(String range, boolean indicateCurrent);

    /** The revisions a target names ({@code show}). */
    List<RevisionInfo> show(String target);

    /**
     * Every revision drawn ({@code history --graph}, {@code graph --format}): heads, branch points, merges,
     * dependencies and branch labels marked; with {@code indicateCurrent} (connects) the current revisions too.
     */
    String graph(GraphFormat format, boolean indicateCurrent);

    /** The revisions in the version table (none for a database at base). */
    List<RevisionInfo> current();

    /**
     * Applies the migrations up to {@code target} ({@code head} at an application's start-up), under the
     * migration lock: a second process waits, then finds nothing to do. Refuses to run when an applied
     * script was edited, or a migration stopped part-way (see {@link Builder#recovery(Recovery)}).
     */
    MigrationResult upgrade(String target);

    /** Reverts down to {@code target}, under the migration lock, with the checks of {@link #upgrade(String)}. */
    MigrationResult downgrade(String target);

    /**
     * Writes the version table to name {@code target} without running migrations, under the migration
     * lock; settles any migration that stopped part-way. Returns the new rows.
     */
    Set<String> stamp(String target, boolean purge);

    /**
     * Records the current checksum of every applied script edited since it ran, for a deliberate edit;
     * returns their revisions. Changes no version row.
     */
    List<String> refreshChecksums();

    /** The history table's rows, oldest first: every revision applied, reverted or stamped. */
    List<HistoryRow> appliedHistory();

    /**
     * The database against the scripts: current revisions, heads, what {@code upgrade heads} would apply, applied
     * scripts edited since they ran, migrations that stopped part-way. Read without the migration lock; changes nothing.
     */
    MigrationStatus status();

    /**
     * Every revision's state ({@code retort status}): those of the scripts oldest first (applied, pending,
     * interrupted, edited since applied), then those the database names that no script holds (missing).
     * Read-only: takes no lock.
     */
    List<RevisionStatus> revisionStatus();

    /**
     * On a scratch place (a new SQLite file, a temporary PostgreSQL schema or MariaDB database, an in-memory H2
     * database) upgrades revision by revision through {@code range} ({@code [FROM:]TO}; null for every revision);
     * after each, downgrades, compares the reflected schema with the one before the upgrade, and upgrades again.
     * Stops at the first revision that does not come back. The scratch place is removed afterwards, even when
     * interrupted; the configured database is only used to reach the server.
     */
    VerifyResult verify(String range);

    /**
     * Builds the schema the migrations produce up to the database's current revisions on a scratch place and
     * compares it with the live one ({@code retort drift}). Writes nothing to the live database's tables.
     */
    DriftResult drift();

    /**
     * Reads each script of {@code range} ({@code [FROM:]TO}; null for all) for changes that hurt in production
     * ({@code retort lint}): SQL scripts statement by statement, Java scripts from the operations they record.
     * Touches no database; the dialect comes from the URL.
     */
    LintResult lint(String range);

    /** Prints the SQL of {@code upgrade [A:]B}, version table updates included, touching no database. */
    void upgradeSql(String range, Appendable out);

    /** Prints the SQL of {@code downgrade B:A}. */
    void downgradeSql(String range, Appendable out);

    /** Prints the SQL of {@code stamp [FROM:]TO --sql}: the version table changes only, from base unless FROM is given. */
    void stampSql(String target, boolean purge, Appendable out);

    /** Writes a new script from the template; returns its path. */
    Path revision(NewRevision request);

    /** Writes a merge revision of {@code revisions} ({@code heads} for all heads); returns its path. */
    default Path merge(List<String> revisions, String message, String revisionId) {
        return merge(revisions, message, revisionId, null);
    }

    /** {@link #merge(List, String, String)} written as {@code format} ("java" or "sql"; null for java). */
    Path merge(List<String> revisions, String message, String revisionId, String format);

    /**
     * Compares the models with the database and writes what it takes to go from the database to the models as
     * a new Java revision ({@code retort revision --autogenerate}), revising the current head. Writes nothing when
     * there is no difference, unless {@code allowEmpty}; writes nothing at all when any step fails.
     *
     * @throws RetortException INVALID_TARGET when the database is not at the head(s), CONFIG without models
     */
    Autogenerated autogenerate(NewRevision request, boolean allowEmpty);

    /**
     * The differences between the models and the database ({@code retort check}); {@link Diff#isEmpty()} when
     * they agree.
     *
     * @throws RetortException INVALID_TARGET when the database is not at the head(s), CONFIG without models
     */
    Diff check();

    /**
     * The database's tables as Retort reads them ({@code dev.retort.schema} values), never the version and
     * history tables: the tables of {@link CompareOptions#schema()} (the connection's by default) that the
     * {@linkplain Builder#compareOptions compare options} accept. For tests that compare a schema before and
     * after a migration.
     */
    Schema reflect();

    /** Closes the connection, if one was opened, and releases what the scripts held. */
    @Override
    void close();

    /** Configures a {@link Retort}. */
    final class Builder {
        private final RetortSettings.Mutable values = new RetortSettings.Mutable();

        private Builder() {
        }

        /** The folder holding {@code versions/} and the templates. Required. */
        public Builder scriptLocation(Path scriptLocation) {
            values.scriptLocation = Objects.requireNonNull(scriptLocation, "scriptLocation");
            return this;
        }

        /** Folders holding scripts; default {@code scriptLocation/versions}. */
        public Builder versionLocations(List<Path> versionLocations) {
            values.versionLocations = List.copyOf(versionLocations);
            return this;
        }

        /**
         * Scripts packaged with the application: {@code *.sql} resources under this class-path folder
         * (such as {@code db/migrations}) and compiled {@link Migration} classes annotated with
         * {@link Revision} in the package of the same path, in folders or jars. Nothing is compiled at run time.
         */
        public Builder classpathLocation(String folder) {
            values.classpathLocation = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** The class loader that {@link #classpathLocation(String)} searches; default the context class loader. */
        public Builder classLoader(ClassLoader loader) {
            values.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Migrations given as objects, each annotated with {@link Revision}; they join the class-path scripts. */
        public Builder migrations(List<? extends Migration> migrations) {
            values.migrations = List.copyOf(migrations);
            return this;
        }

        /** A JDBC URL, or a {@code postgresql://user:pass@host:port/db} style URL. */
        public Builder url(String url) {
            values.url = url;
            return this;
        }

        public Builder user(String user) {
            values.user = user;
            return this;
        }

        public Builder password(String password) {
            values.password = password;
            return this;
        }

        /** Use connections from an application's pool instead of a URL. */
        public Builder dataSource(DataSource dataSource) {
            values.dataSource = dataSource;
            return this;
        }

        /** The version table's name; {@code retort_version} by default, {@code alembic_version} to adopt an Alembic database. */
        public Builder versionTable(String name) {
            values.versionTable = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder versionTableSchema(String schema) {
            values.versionTableSchema = schema;
            return this;
        }

        /** The {@code -x key=value} values: Java scripts read them with {@link Op#arguments()}, SQL scripts as {@code ${key}}. */
        public Builder arguments(Map<String, String> arguments) {
            values.arguments = Map.copyOf(arguments);
            return this;
        }

        /** Where compiled Java scripts are cached; default {@code ~/.cache/retort}. */
        public Builder cacheDir(Path cacheDir) {
            values.cacheDir = cacheDir;
            return this;
        }

        /** The history table's name; {@code retort_history} by default. It lives in the version table's schema. */
        public Builder historyTable(String name) {
            values.historyTable = Objects.requireNonNull(name, "name");
            return this;
        }

        /** How long a writing command waits for another process's migration lock; 5 minutes by default. */
        public Builder lockTimeout(Duration timeout) {
            values.lockTimeout = requirePositive(timeout, "lockTimeout");
            return this;
        }

        /** How the migration lock is held; {@link LockStrategy#AUTO} by default. */
        public Builder lockStrategy(LockStrategy strategy) {
            values.lockStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * How long a lease lock ({@link LockStrategy#LEASE}) lives without its heartbeat, which renews it every third
         * of that; 30 seconds by default. A process that dies holds the lock this long at most.
         */
        public Builder leaseDuration(Duration lease) {
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
        public Builder ddlLockTimeout(Duration timeout) {
            values.ddlLockTimeout = timeout == null ? null : requirePositive(timeout, "ddlLockTimeout");
            return this;
        }

        /** How long each migration statement may run (PostgreSQL's {@code statement_timeout}); a script's own wins. */
        public Builder statementTimeout(Duration timeout) {
            values.statementTimeout = timeout == null ? null : requirePositive(timeout, "statementTimeout");
            return this;
        }

        /**
         * How many times a step that hit a lock timeout (or a serialization failure the engine asks clients to retry)
         * runs again, with backoff, when it rolled back whole; 0 by default.
         */
        public Builder retries(int retries) {
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
        public Builder waitForDatabase(Duration wait) {
            values.connectWait = requirePositive(wait, "wait");
            return this;
        }

        /** Runs even when an applied script was edited since it ran (its checksum changed). */
        public Builder allowChangedScripts(boolean allow) {
            values.allowChanged = allow;
            return this;
        }

        /** What to do about a migration that stopped part-way; {@link Recovery#REFUSE} by default. */
        public Builder recovery(Recovery recovery) {
            values.recovery = Objects.requireNonNull(recovery, "recovery");
            return this;
        }

        private static Duration requirePositive(Duration d, String what) {
            if (d == null || d.isNegative()) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, what + " must be zero or more, got " + d);
            }
            return d;
        }

        public Builder listener(MigrationListener listener) {
            values.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Where the expected schema comes from, for {@link #autogenerate} and {@link #check()}:
         * {@code ModelSources.of(ModelConfig.definition(List.of(Path.of("build/classes")), "com.example.AppSchema"))}.
         */
        public Builder models(ModelSource models) {
            values.models = Objects.requireNonNull(models, "models");
            return this;
        }

        /** Which tables (and which schema) {@link #autogenerate} and {@link #check()} compare; all of the current schema by default. */
        public Builder compareOptions(CompareOptions options) {
            values.compareOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Opens a {@code Retort} with these settings; connects to nothing until a command needs the database. */
        public Retort build() {
            return provider().open(values.freeze());
        }
    }

}
