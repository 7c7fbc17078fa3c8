package dev.retort;

import dev.retort.migrate.MigrationListener;
import dev.retort.revision.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * <p>Read-only commands ({@link #heads()}, {@link #history(String)}, ...) read script headers only and
 * never start the compiler; the database is connected to lazily, only by the commands that need it.
 */
public final class Retort implements AutoCloseable {

    private Retort() {
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Configures a {@link Retort}. */
    public static final class Builder {
        private Builder() {
        }

        /** The folder holding {@code versions/} and the templates. Required. */
        public Builder scriptLocation(Path scriptLocation) { throw new UnsupportedOperationException("TODO"); }

        /** Folders holding scripts; default {@code scriptLocation/versions}. */
        public Builder versionLocations(List<Path> versionLocations) { throw new UnsupportedOperationException("TODO"); }

        /** A JDBC URL, or a {@code postgresql://user:pass@host:port/db} style URL. */
        public Builder url(String url) { throw new UnsupportedOperationException("TODO"); }

        public Builder user(String user) { throw new UnsupportedOperationException("TODO"); }

        public Builder password(String password) { throw new UnsupportedOperationException("TODO"); }

        /** Use connections from an application's pool instead of a URL. */
        public Builder dataSource(DataSource dataSource) { throw new UnsupportedOperationException("TODO"); }

        /** The version table's name; {@code retort_version} by default, {@code alembic_version} to adopt an Alembic database. */
        public Builder versionTable(String name) { throw new UnsupportedOperationException("TODO"); }

        public Builder versionTableSchema(String schema) { throw new UnsupportedOperationException("TODO"); }

        /** The {@code -x key=value} values that scripts read through {@link Op#arguments()}. */
        public Builder arguments(Map<String, String> arguments) { throw new UnsupportedOperationException("TODO"); }

        /** Where compiled Java scripts are cached; default {@code ~/.cache/retort}. */
        public Builder cacheDir(Path cacheDir) { throw new UnsupportedOperationException("TODO"); }

        public Builder listener(MigrationListener listener) { throw new UnsupportedOperationException("TODO"); }

        public Retort build() { throw new UnsupportedOperationException("TODO"); }
    }

    // ---- read-only, no database -------------------------------------------------------------

    public List<RevisionInfo> heads() { throw new UnsupportedOperationException("TODO"); }

    /** Branch points: revisions that two or more revisions revise. */
    public List<RevisionInfo> branches() { throw new UnsupportedOperationException("TODO"); }

    /**
     * {@code history -r range}, newest first. Connects to the database only when the range mentions
     * {@code current} or {@code indicateCurrent} is set.
     */
    public List<RevisionInfo> history(String range, boolean indicateCurrent) { throw new UnsupportedOperationException("TODO"); }

    /** The revisions a target names ({@code show}). */
    public List<RevisionInfo> show(String target) { throw new UnsupportedOperationException("TODO"); }

    // ---- database -------------------------------------------------------------------------

    /** The revisions in the version table (none for a database at base). */
    public List<RevisionInfo> current() { throw new UnsupportedOperationException("TODO"); }

    public Plan upgrade(String target) { throw new UnsupportedOperationException("TODO"); }

    public Plan downgrade(String target) { throw new UnsupportedOperationException("TODO"); }

    /** Writes the version table to name {@code target} without running migrations; returns the new rows. */
    public Set<String> stamp(String target, boolean purge) { throw new UnsupportedOperationException("TODO"); }

    // ---- offline --------------------------------------------------------------------------

    /** Prints the SQL of {@code upgrade [A:]B}, version table updates included, touching no database. */
    public void upgradeSql(String range, Appendable out) { throw new UnsupportedOperationException("TODO"); }

    /** Prints the SQL of {@code downgrade B:A}. */
    public void downgradeSql(String range, Appendable out) { throw new UnsupportedOperationException("TODO"); }

    /**
     * Prints the SQL of {@code stamp target} ({@code stamp --sql}): the version table changes only.
     * Added for the CLI's {@code stamp --sql}.
     */
    public void stampSql(String target, boolean purge, Appendable out) { throw new UnsupportedOperationException("TODO"); }

    // ---- files ----------------------------------------------------------------------------

    /** Writes a new script from the template; returns its path. */
    public Path revision(NewRevision request) { throw new UnsupportedOperationException("TODO"); }

    /** Writes a merge revision of {@code revisions} ({@code heads} for all heads); returns its path. */
    public Path merge(List<String> revisions, String message, String revisionId) { throw new UnsupportedOperationException("TODO"); }

    @Override
    public void close() {
    }
}
