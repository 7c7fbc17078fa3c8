package dev.retort;

import dev.retort.migrate.MigrationListener;
import dev.retort.revision.Plan;
import dev.retort.revision.Planner;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import dev.retort.script.Script;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern NEEDS_DATABASE = Pattern.compile("current|(^|[:@])[+-]\\d+");

    private final RetortSettings settings;
    private final Database database;
    private ScriptDirectory scripts;
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

        public Builder listener(MigrationListener listener) {
            values.listener = Objects.requireNonNull(listener, "listener");
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
        boolean needsDatabase = indicateCurrent || (range != null && NEEDS_DATABASE.matcher(range).find());
        Set<String> current = needsDatabase ? database.currentHeads() : Set.of();
        return infos(planner().history(current, range), indicateCurrent ? current : Set.of());
    }

    /** The revisions a target names ({@code show}). */
    public List<RevisionInfo> show(String target) {
        Set<String> current = NEEDS_DATABASE.matcher(target).find() ? database.currentHeads() : Set.of();
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
                            + scripts().versionsDir() + "; restore its script or 'retort stamp' the right revision")));
        }
        return infos(nodes, current);
    }

    public Plan upgrade(String target) {
        Plan plan = planner().upgrade(database.currentHeads(), target);
        database.run(plan, scripts());
        return plan;
    }

    public Plan downgrade(String target) {
        Plan plan = planner().downgrade(database.currentHeads(), target);
        database.run(plan, scripts());
        return plan;
    }

    /** Writes the version table to name {@code target} without running migrations; returns the new rows. */
    public Set<String> stamp(String target, boolean purge) {
        Set<String> rows = planner().stamp(database.currentHeads(), target, purge);
        database.stamp(rows, scripts());
        return rows;
    }

    // ---- offline --------------------------------------------------------------------------

    /** Prints the SQL of {@code upgrade [A:]B}, version table updates included, touching no database. */
    public void upgradeSql(String range, Appendable out) {
        String[] ends = splitOfflineRange(range, "upgrade", "[FROM:]TO");
        Set<String> start = ends[0] == null ? Set.of() : ids(planner().resolveTarget(Set.of(), ends[0]));
        database.writeOffline(planner().upgrade(start, ends[1]), scripts(), out);
    }

    /** Prints the SQL of {@code downgrade B:A}. */
    public void downgradeSql(String range, Appendable out) {
        String[] ends = splitOfflineRange(range, "downgrade", "FROM:TO");
        if (ends[0] == null) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT,
                    "downgrade --sql needs a starting point: 'retort downgrade FROM:TO --sql', e.g. head:base");
        }
        Set<String> start = ids(planner().resolveTarget(Set.of(), ends[0]));
        database.writeOffline(planner().downgrade(start, ends[1]), scripts(), out);
    }

    private static String[] splitOfflineRange(String range, String command, String form) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            return new String[] {null, range};
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        if (to.isEmpty() || range.indexOf(':', colon + 1) >= 0) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT,
                    "bad range '" + range + "' for " + command + " --sql; expected " + form);
        }
        return new String[] {from.isEmpty() ? null : from, to};
    }

    /**
     * Prints the SQL of {@code stamp [FROM:]TO --sql}: the version table changes only, from base unless FROM is given.
     */
    public void stampSql(String target, boolean purge, Appendable out) {
        String[] ends = splitOfflineRange(target, "stamp", "[FROM:]TO");
        Set<String> start = ends[0] == null ? Set.of() : ids(planner().resolveTarget(Set.of(), ends[0]));
        database.writeStampOffline(start, planner().stamp(start, ends[1], purge), scripts(), out);
    }

    // ---- files ----------------------------------------------------------------------------

    /** Writes a new script from the template; returns its path. */
    public Path revision(NewRevision request) {
        return new RevisionWriter(scripts(), graph()).revision(request);
    }

    /** Writes a merge revision of {@code revisions} ({@code heads} for all heads); returns its path. */
    public Path merge(List<String> revisions, String message, String revisionId) {
        return new RevisionWriter(scripts(), graph()).merge(revisions, message, revisionId);
    }

    @Override
    public void close() {
        database.close();
    }

    // ---- helpers --------------------------------------------------------------------------

    private ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.open(settings.scriptLocation(), settings.versionLocations());
        }
        return scripts;
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

    private static Set<String> ids(List<RevisionNode> nodes) {
        Set<String> ids = new LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }

    private List<RevisionInfo> infos(List<RevisionNode> nodes, Set<String> current) {
        RevisionGraph graph = graph();
        List<RevisionInfo> infos = new ArrayList<>(nodes.size());
        for (RevisionNode node : nodes) {
            Script script = scripts().script(node.id()).orElseThrow();
            List<String> children = graph.children(node.id()).stream().map(RevisionNode::id).toList();
            infos.add(new RevisionInfo(node.id(), node.revises(), node.dependsOn(), graph.branchLabels(node.id()),
                    children, script.header().message(), script.header().created(), script.path(),
                    graph.isHead(node.id()), graph.isBranchPoint(node.id()), node.isMergePoint(),
                    current.contains(node.id())));
        }
        return infos;
    }
}
