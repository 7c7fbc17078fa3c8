package dev.retort.command;

import dev.retort.Migration;
import dev.retort.Retort;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.migrate.MigrationSource;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.RepeatableScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a {@link Retort}'s revisions come from: a folder of scripts (the command line's way), or the
 * application's class path (SQL resources and compiled {@link Migration} classes, no compiler needed).
 */
interface ScriptSet extends AutoCloseable {
    RevisionGraph graph();

    /** The header of revision {@code id}, which the graph holds. */
    ScriptHeader header(String id);

    /** The file (or class) that declares revision {@code id}, for output. */
    Path path(String id);

    /** Where the revisions are, for messages: a folder, or {@code classpath:db/migrations}. */
    String where();

    /**
     * Loads the migrations a plan runs on a database of {@code dialect}, which decides how SQL scripts split
     * into statements; knows each script's checksum. Each revision is loaded once per set and syntax
     * ({@link LoadedOnce}).
     */
    MigrationSource source(Dialect dialect);

    /** The SQL callbacks shipped with the scripts ({@code callbacks/*.sql} of a class-path folder); none by default. */
    default List<Path> callbackFiles() {
        return List.of();
    }

    /** The folder new scripts are written to; CONFIG when the scripts are not in a folder. */
    ScriptDirectory directory();

    /** The repeatable scripts ({@code repeatable/*.sql} beside the revisions), by name; none by default. */
    default List<RepeatableScript> repeatables() {
        return List.of();
    }

    /** Starts hashing the scripts ahead, for a command that will compare their checksums; nothing by default. */
    default void hashAhead() {
    }

    @Override
    default void close() {
    }

    /** The scripts of a folder on disk. */
    static ScriptSet of(ScriptDirectory directory, Path cacheDir) {
        return new ScriptSet() {
            private final Map<SqlSyntax, MigrationSource> sources = new ConcurrentHashMap<>();

            @Override
            public RevisionGraph graph() {
                return directory.graph();
            }

            @Override
            public ScriptHeader header(String id) {
                return directory.script(id).orElseThrow().header();
            }

            @Override
            public Path path(String id) {
                return directory.script(id).orElseThrow().path();
            }

            @Override
            public String where() {
                return directory.versionsDir().toString();
            }

            @Override
            public MigrationSource source(Dialect dialect) {
                return sources.computeIfAbsent(dialect.sqlSyntax(),
                        syntax -> new LoadedOnce(new ScriptMigrationSource(directory, cacheDir, syntax)));
            }

            @Override
            public ScriptDirectory directory() {
                return directory;
            }

            @Override
            public void hashAhead() {
                directory.hashAhead();
            }

            @Override
            public List<RepeatableScript> repeatables() {
                return RepeatableScript.find(directory.location().resolve(RepeatableScript.FOLDER));
            }
        };
    }
}
