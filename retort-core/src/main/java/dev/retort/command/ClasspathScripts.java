package dev.retort.command;

import dev.retort.script.ClasspathScanner;
import dev.retort.script.RepeatableScript;
import dev.retort.script.JarFileSystems;
import dev.retort.script.Script;
import dev.retort.script.ScriptChecksum;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlMigration;
import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ScriptException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Revisions an application ships inside itself: {@code *.sql} resources under a class-path folder, and
 * classes implementing {@link Migration} with {@link Revision} in the package of the same path (compiled
 * with the application, so nothing is compiled at run time), plus any migrations given as objects.
 * Folders and jars of the class loader are both searched.
 */
final class ClasspathScripts implements ScriptSet {
    private final String location;
    private final ScriptDirectory sqlScripts;
    private final Map<String, Migration> classes;
    private final Map<String, ScriptHeader> headers = new LinkedHashMap<>();
    private final List<JarFileSystems.Lease> opened;
    private final List<Path> callbackFiles;
    private final RevisionGraph graph;
    private final List<Path> repeatableFiles;
    private final Map<SqlSyntax, MigrationSource> sources = new ConcurrentHashMap<>();

    private ClasspathScripts(String location, ScriptDirectory sqlScripts, Map<String, Migration> classes,
            List<JarFileSystems.Lease> opened, List<Path> repeatableFiles, List<Path> callbackFiles) {
        this.location = location;
        this.repeatableFiles = List.copyOf(repeatableFiles);
        this.callbackFiles = List.copyOf(callbackFiles);
        this.sqlScripts = sqlScripts;
        this.classes = classes;
        this.opened = opened;
        List<RevisionNode> nodes = new ArrayList<>();
        for (Script s : sqlScripts.scripts()) {
            headers.put(s.id(), s.header());
            nodes.add(s.node());
        }
        for (Map.Entry<String, Migration> e : classes.entrySet()) {
            Revision r = e.getValue().getClass().getAnnotation(Revision.class);
            if (headers.containsKey(r.id())) {
                throw new RetortException(ErrorCode.GRAPH, "revision id '" + r.id() + "' is declared by "
                        + e.getValue().getClass().getName() + " and by " + describe(r.id()) + "; give one of them a new id");
            }
            headers.put(r.id(), new ScriptHeader(r.id(), List.of(r.revises()), List.of(r.dependsOn()),
                    List.of(r.branchLabels()), r.message(), r.created(), r.transactional(), 0,
                    dev.retort.script.ScriptDurations.parse(r.lockTimeout()),
                    dev.retort.script.ScriptDurations.parse(r.statementTimeout())));
            nodes.add(new RevisionNode(r.id(), List.of(r.revises()), List.of(r.dependsOn()),
                    new LinkedHashSet<>(List.of(r.branchLabels())), e.getValue().getClass().getName()));
        }
        this.graph = RevisionGraph.of(nodes);
    }

    /**
     * @param location   a class-path folder such as {@code db/migrations}, or null for {@code given} alone
     * @param given      migrations handed over as objects, each annotated with {@link Revision}
     */
    static ClasspathScripts scan(String location, ClassLoader loader, List<Migration> given) {
        ClasspathScanner found = ClasspathScanner.scan(location, loader, given);
        String where = found.folder() == null ? "(migrations given in code)" : "classpath:" + found.folder();
        return new ClasspathScripts(where, ScriptDirectory.ofFiles(Path.of(where), found.sqlFiles()), found.classes(),
                found.opened(), found.repeatableFiles(), found.callbackFiles());
    }

    /** The SQL resources of the folder's {@code repeatable/}, by name. */
    @Override
    public List<RepeatableScript> repeatables() {
        return RepeatableScript.of(repeatableFiles);
    }

    private String describe(String id) {
        return sqlScripts.script(id).map(s -> s.path().toString()).orElse(id);
    }

    @Override
    public List<Path> callbackFiles() {
        return callbackFiles;
    }

    @Override
    public RevisionGraph graph() {
        return graph;
    }

    @Override
    public ScriptHeader header(String id) {
        return headers.get(id);
    }

    @Override
    public Path path(String id) {
        return sqlScripts.script(id).map(Script::path).orElseGet(() -> Path.of(graph.get(id).origin()));
    }

    @Override
    public String where() {
        return location;
    }

    @Override
    public MigrationSource source(Dialect dialect) {
        return sources.computeIfAbsent(dialect.sqlSyntax(), syntax -> new LoadedOnce(read(syntax)));
    }

    private MigrationSource read(SqlSyntax syntax) {
        return new MigrationSource() {
            @Override
            public Map<String, LoadedMigration> load(List<RevisionNode> revisions) {
                Map<String, LoadedMigration> out = new LinkedHashMap<>();
                for (RevisionNode node : revisions) {
                    Script sql = sqlScripts.script(node.id()).orElse(null);
                    if (sql != null) {
                        out.put(node.id(), ScriptMigrationSource.loaded(SqlMigration.parse(sql.path(), read(sql.path())), sql,
                                syntax, sqlScripts.checksum(sql)));
                    } else {
                        Migration m = classes.get(node.origin());
                        ScriptHeader h = headers.get(node.id());
                        out.put(node.id(), new LoadedMigration(m, h.message(), h.transactional(), null, -1, -1)
                                .withTimeouts(h.lockTimeout(), h.statementTimeout()));
                    }
                }
                return out;
            }

            @Override
            public String checksum(String revision) {
                return sqlScripts.script(revision).map(sqlScripts::checksum).orElse(null);
            }

            @Override
            public String describe(String revision) {
                return ClasspathScripts.this.path(revision).toString();
            }
        };
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptException(ErrorCode.SCRIPT, file, 0, "cannot read the script: " + e, e);
        }
    }

    @Override
    public void hashAhead() {
        sqlScripts.hashAhead();
    }

    @Override
    public ScriptDirectory directory() {
        throw new RetortException(ErrorCode.CONFIG, "the migrations come from " + location
                + ", not a folder; new scripts are written by the command line into a script_location folder");
    }

    @Override
    public void close() {
        for (JarFileSystems.Lease lease : opened) {
            try {
                lease.close();
            } catch (IOException ignored) {
                // A jar opened for reading; nothing was written.
            }
        }
    }
}
