package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.error.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.config.ScriptArguments;
import dev.retort.config.UrlPrecedence;
import dev.retort.MigrationListener;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The configuration read, the database URL chosen, and the {@link Retort} built from them, for one command. */
final class Session implements AutoCloseable {
    private final RetortConfig config;
    private final Optional<DatabaseUrl> database;
    private final Retort retort;

    private Session(RetortConfig config, Optional<DatabaseUrl> database, Retort retort) {
        this.config = config;
        this.database = database;
        this.retort = retort;
    }

    /**
     * @param needsDatabase whether the command cannot work without a URL (then its absence is a CONFIG error
     *                      here, before anything else happens)
     */
    static Session open(RetortCommand root, boolean needsDatabase, MigrationListener listener) {
        return open(root, needsDatabase, listener, b -> { });
    }

    /** @param options what the command adds to the builder (lock timeout, recovery...) */
    static Session open(RetortCommand root, boolean needsDatabase, MigrationListener listener,
            Consumer<RetortBuilder> options) {
        return open(root, needsDatabase, listener, (config, builder) -> options.accept(builder));
    }

    /** @param options what the command adds to the builder, knowing the configuration (models, compare options) */
    static Session open(RetortCommand root, boolean needsDatabase, MigrationListener listener,
            BiConsumer<RetortConfig, RetortBuilder> options) {
        Invocation invocation = root.invocation;
        RetortConfig config = RetortConfig.load(configFile(root), invocation.env());
        invocation.secrets().add(config.password());
        Optional<DatabaseUrl> database = UrlPrecedence.resolve(root.url, invocation.env(), config, invocation.cwd());
        database.ifPresent(db -> invocation.secrets().add(db.password()));
        if (needsDatabase && database.isEmpty()) {
            // An alembic.ini read as is: its URL key is sqlalchemy.url, which Retort does not read.
            String alembic = config.properties().containsKey("sqlalchemy.url")
                    ? " (Retort does not read Alembic's sqlalchemy.url: set url = ... beside it; SQLAlchemy URLs such as "
                            + "postgresql+psycopg2://user@host/db work as they are)" : "";
            throw new RetortException(ErrorCode.CONFIG, "no database URL: pass --url, set "
                    + UrlPrecedence.RETORT_URL + " or " + UrlPrecedence.DATABASE_URL + ", or set url in " + config.file() + alembic);
        }
        RetortBuilder builder = builder(root, config, listener, options);
        database.ifPresent(db -> {
            builder.url(db.jdbcUrl());
            if (db.user() != null) {
                builder.user(db.user());
            }
            if (db.password() != null) {
                builder.password(db.password());
            }
        });
        return new Session(config, database, builder.build());
    }

    /** A builder with everything of the configuration and the command line but the database. */
    static RetortBuilder builder(RetortCommand root, RetortConfig config, MigrationListener listener,
            BiConsumer<RetortConfig, RetortBuilder> options) {
        RetortBuilder builder = Retort.builder()
                .scriptLocation(config.scriptLocation())
                .versionTable(config.versionTable())
                .arguments(ScriptArguments.of(root.arguments, config, root.invocation.env()))
                .listener(listener);
        LockOptions.apply(config, builder);
        CallbackOptions.apply(config, builder);
        options.accept(config, builder);
        if (!config.versionLocations().isEmpty()) {
            builder.versionLocations(config.versionLocations());
        }
        if (config.versionTableSchema() != null) {
            builder.versionTableSchema(config.versionTableSchema());
        }
        if (config.cacheDir() != null) {
            builder.cacheDir(config.cacheDir());
        }
        return builder;
    }

    /** The {@code -c} file, or {@code retort.properties} in the working folder. */
    static Path configFile(RetortCommand root) {
        return root.config == null
                ? root.invocation.cwd().resolve(RetortConfig.FILE_NAME)
                : root.invocation.resolve(root.config);
    }

    RetortConfig config() {
        return config;
    }

    Optional<DatabaseUrl> database() {
        return database;
    }

    Retort retort() {
        return retort;
    }

    @Override
    public void close() {
        retort.close();
    }
}
