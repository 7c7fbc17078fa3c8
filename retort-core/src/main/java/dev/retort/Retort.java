package dev.retort;

import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

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

    static RetortBuilder builder() {
        return new RetortBuilder();
    }

    /**
     * Creates a script folder for {@code retort init}: {@code location}, its {@code versions/} folder and
     * the templates for new scripts. Returns what it created, in order.
     */
    static List<Path> init(Path location) {
        return RetortBuilder.provider().init(location);
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
     * script was edited, or a migration stopped part-way (see {@link RetortBuilder#recovery(Recovery)}).
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
     * For a project that starts using Retort on an existing database ({@code retort baseline -m MSG}): writes a first
     * Java revision whose upgrade creates the live schema as op calls (reflected; the tables that the
     * {@linkplain RetortBuilder#compareOptions compare options} accept) and whose downgrade drops it, then stamps
     * the database at it. Refuses a project with scripts and a database at a revision; leaves no script behind
     * when the stamp fails.
     */
    Autogenerated baseline(NewRevision request);

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
     * {@linkplain RetortBuilder#compareOptions compare options} accept. For tests that compare a schema before and
     * after a migration.
     */
    Schema reflect();

    /** Closes the connection, if one was opened, and releases what the scripts held. */
    @Override
    void close();
}
