package dev.retort;

import dev.retort.autogenerate.CompareOptions;
import dev.retort.autogenerate.Diff;
import dev.retort.migrate.MigrationListener;
import dev.retort.model.ModelSource;
import dev.retort.revision.Plan;
import dev.retort.revision.Planner;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import dev.retort.migrate.HistoryRow;
import dev.retort.revision.Direction;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 */
public final class Retort implements AutoCloseable {
    private final RetortSettings settings;
    private final Database database;
    private ScriptSet scripts;
    private Planner planner;

    private Retort(RetortSettings settings) {
        this.settings = settings;
        this.database = new Database(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Retort}. */
    public static final class Builder {
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

        /** The {@code -x key=value} values that scripts read through {@link Op#arguments()}. */
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

        public Retort build() {
            return new Retort(values.freeze());
        }
    }

    // ---- read-only, no database -------------------------------------------------------------

    public List<RevisionInfo> heads() {
        return infos(graph().heads(), Set.of());
    }

    /** Branch points: revisions that two or more revisions revise. */
    public List<RevisionInfo> branches() {
        return infos(graph().branchPoints(), Set.of());
    }

    /**
     * {@code history -r range}, newest first. Connects to the database only when the range mentions
     * {@code current} or a relative revision, or {@code indicateCurrent} is set.
     */
    public List<RevisionInfo> history(String range, boolean indicateCurrent) {
        boolean needsDatabase = indicateCurrent || planner().readsDatabase(range);
        Set<String> current = needsDatabase ? database.currentHeads() : Set.of();
        return infos(planner().history(current, range), indicateCurrent ? current : Set.of());
    }

    /** The revisions a target names ({@code show}). */
    public List<RevisionInfo> show(String target) {
        Set<String> current = planner().readsDatabase(target) ? database.currentHeads() : Set.of();
        return infos(planner().resolveTarget(current, target), current);
    }

    // ---- database -------------------------------------------------------------------------

    /** The revisions in the version table (none for a database at base). */
    public List<RevisionInfo> current() {
        Set<String> current = database.currentHeads();
        List<RevisionNode> nodes = new ArrayList<>();
        for (String id : current) {
            nodes.add(graph().find(id).orElseThrow(() -> new RetortException(ErrorCode.VERSION_TABLE,
                    "the version table names revision '" + id + "', which is not in "
                            + scripts().where() + "; restore its script or 'retort stamp' the right revision")));
        }
        return infos(nodes, current);
    }

    /**
     * Applies the migrations up to {@code target} ({@code head} at an application's start-up), under the
     * migration lock: a second process waits, then finds nothing to do. Refuses to run when an applied
     * script was edited, or a migration stopped part-way (see {@link Builder#recovery(Recovery)}).
     */
    public Plan upgrade(String target) {
        return writing().migrate(Direction.UPGRADE, target);
    }

    /** Reverts down to {@code target}, under the migration lock, with the checks of {@link #upgrade(String)}. */
    public Plan downgrade(String target) {
        return writing().migrate(Direction.DOWNGRADE, target);
    }

    /**
     * Writes the version table to name {@code target} without running migrations, under the migration
     * lock; settles any migration that stopped part-way. Returns the new rows.
     */
    public Set<String> stamp(String target, boolean purge) {
        return writing().stamp(target, purge);
    }

    /**
     * Records the current checksum of every applied script edited since it ran, for a deliberate edit;
     * returns their revisions. Changes no version row.
     */
    public List<String> refreshChecksums() {
        return writing().refreshChecksums();
    }

    /** The history table's rows, oldest first: every revision applied, reverted or stamped. */
    public List<HistoryRow> appliedHistory() {
        return writing().appliedHistory();
    }

    // ---- offline --------------------------------------------------------------------------

    /** Prints the SQL of {@code upgrade [A:]B}, version table updates included, touching no database. */
    public void upgradeSql(String range, Appendable out) {
        database.writeOffline(planner().upgradeRange(range), scripts().source(), out);
    }

    /** Prints the SQL of {@code downgrade B:A}. */
    public void downgradeSql(String range, Appendable out) {
        database.writeOffline(planner().downgradeRange(range), scripts().source(), out);
    }

    /**
     * Prints the SQL of {@code stamp [FROM:]TO --sql}: the version table changes only, from base unless FROM is given.
     */
    public void stampSql(String target, boolean purge, Appendable out) {
        if (purge) {
            // As Alembic: offline there is no table to read, so what --purge would delete is unknown.
            throw new RetortException(ErrorCode.OFFLINE_UNSUPPORTED, "stamp --purge cannot be used with --sql");
        }
        Planner.OfflineStamp stamp = planner().stampRange(target);
        database.writeStampOffline(stamp.start(), stamp.rows(), scripts().source(), out);
    }

    // ---- files ----------------------------------------------------------------------------

    /** Writes a new script from the template; returns its path. */
    public Path revision(NewRevision request) {
        try {
            return new RevisionWriter(scripts().directory(), graph()).revision(request);
        } finally {
            forgetScripts();
        }
    }

    /** Writes a merge revision of {@code revisions} ({@code heads} for all heads); returns its path. */
    public Path merge(List<String> revisions, String message, String revisionId) {
        return merge(revisions, message, revisionId, null);
    }

    /** {@link #merge(List, String, String)} written as {@code format} ("java" or "sql"; null for java). */
    public Path merge(List<String> revisions, String message, String revisionId, String format) {
        try {
            return new RevisionWriter(scripts().directory(), graph()).merge(revisions, message, revisionId, format);
        } finally {
            forgetScripts();
        }
    }

    // ---- autogenerate -----------------------------------------------------------------------

    /**
     * Compares the models with the database and writes what it takes to go from the database to the models as
     * a new Java revision ({@code retort revision --autogenerate}), revising the current head. Writes nothing when
     * there is no difference, unless {@code allowEmpty}; writes nothing at all when any step fails.
     *
     * @throws RetortException INVALID_TARGET when the database is not at the head(s), CONFIG without models
     */
    public Autogenerated autogenerate(NewRevision request, boolean allowEmpty) {
        try {
            return autogenerator().autogenerate(request, allowEmpty);
        } finally {
            forgetScripts();
        }
    }

    /**
     * The differences between the models and the database ({@code retort check}); {@link Diff#isEmpty()} when
     * they agree.
     *
     * @throws RetortException INVALID_TARGET when the database is not at the head(s), CONFIG without models
     */
    public Diff check() {
        return autogenerator().compare();
    }

    private Autogenerator autogenerator() {
        return new Autogenerator(settings, database, graph(), () -> new RevisionWriter(scripts().directory(), graph()));
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (scripts != null) {
                scripts.close();
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private ScriptSet scripts() {
        if (scripts == null) {
            scripts = settings.scriptLocation() != null
                    ? ScriptSet.of(ScriptDirectory.open(settings.scriptLocation(), settings.versionLocations()), settings.cacheDir())
                    : ClasspathScripts.scan(settings.classpathLocation(), settings.classLoader(), settings.migrations());
        }
        return scripts;
    }

    /** After a new script is written, the next command reads the folder again and sees it. */
    private void forgetScripts() {
        if (scripts != null) {
            scripts.close();
        }
        scripts = null;
        planner = null;
    }

    private WritingCommands writing() {
        return new WritingCommands(settings, database, scripts(), planner());
    }

    private RevisionGraph graph() {
        return planner().graph();
    }

    private Planner planner() {
        if (planner == null) {
            planner = new Planner(scripts().graph());
        }
        return planner;
    }

    private List<RevisionInfo> infos(List<RevisionNode> nodes, Set<String> current) {
        RevisionGraph graph = graph();
        List<RevisionInfo> infos = new ArrayList<>(nodes.size());
        for (RevisionNode node : nodes) {
            ScriptHeader header = scripts().header(node.id());
            List<String> children = graph.children(node.id()).stream().map(RevisionNode::id).toList();
            infos.add(new RevisionInfo(node.id(), node.revises(), node.dependsOn(), graph.branchLabels(node.id()),
                    children, header.message(), header.created(), scripts().path(node.id()),
                    graph.isHead(node.id()), graph.isBranchPoint(node.id()), node.isMergePoint(),
                    current.contains(node.id())));
        }
        return infos;
    }
}
