package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ModelSource;
import dev.retort.schema.RetortTables;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The values a {@link RetortBuilder} collected, frozen: what the command layer reads. Applications build
 * them through {@link Retort#builder()}.
 */
public record RetortSettings(
        Path scriptLocation,
        List<Path> versionLocations,
        String classpathLocation,
        ClassLoader classLoader,
        List<Migration> migrations,
        String url,
        String user,
        String password,
        DataSource dataSource,
        String versionTable,
        String versionTableSchema,
        String historyTable,
        Map<String, String> arguments,
        Path cacheDir,
        MigrationListener listener,
        Duration lockTimeout,
        LockStrategy lockStrategy,
        Duration leaseDuration,
        Duration ddlLockTimeout,
        Duration statementTimeout,
        int retries,
        Duration connectWait,
        boolean allowChanged,
        Recovery recovery,
        ModelSource models,
        CompareOptions compareOptions,
        List<Callback> callbacks,
        List<String> callbackClasses) {

    /** The version table's name unless told otherwise; {@code alembic_version} adopts an Alembic database. */
    public static final String DEFAULT_VERSION_TABLE = RetortTables.VERSION_TABLE;

    /** The history table's name unless told otherwise. */
    public static final String DEFAULT_HISTORY_TABLE = RetortTables.HISTORY_TABLE;

    /** How long a writing command waits for another process's migration lock unless told otherwise. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    /** How long a lease lock lives without its heartbeat unless told otherwise. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    /** What the builder fills in before {@link #freeze()}. */
    static final class Mutable {
        Path scriptLocation;
        List<Path> versionLocations = List.of();
        String classpathLocation;
        ClassLoader classLoader;
        List<Migration> migrations = List.of();
        String url;
        String user;
        String password;
        DataSource dataSource;
        String versionTable = DEFAULT_VERSION_TABLE;
        String versionTableSchema;
        String historyTable = DEFAULT_HISTORY_TABLE;
        Map<String, String> arguments = Map.of();
        Path cacheDir = defaultCacheDir();
        MigrationListener listener = MigrationListener.NONE;
        Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        LockStrategy lockStrategy = LockStrategy.AUTO;
        Duration leaseDuration = DEFAULT_LEASE;
        Duration ddlLockTimeout;
        Duration statementTimeout;
        int retries;
        Duration connectWait = Duration.ZERO;
        boolean allowChanged;
        Recovery recovery = Recovery.REFUSE;
        ModelSource models;
        CompareOptions compareOptions = CompareOptions.all();
        List<Callback> callbacks = List.of();
        List<String> callbackClasses = List.of();

        RetortSettings freeze() {
            if (scriptLocation == null && classpathLocation == null && migrations.isEmpty()) {
                throw new RetortException(ErrorCode.CONFIG, "no script location; set script_location in retort.properties");
            }
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : Retort.class.getClassLoader();
            return new RetortSettings(scriptLocation, versionLocations, classpathLocation, loader, migrations, url, user,
                    password, dataSource, versionTable, versionTableSchema, historyTable, arguments, cacheDir, listener,
                    lockTimeout, lockStrategy, leaseDuration, ddlLockTimeout, statementTimeout,
                    retries, connectWait, allowChanged, recovery, models, compareOptions, callbacks, callbackClasses);
        }
    }

    /** {@code $XDG_CACHE_HOME/retort}, else {@code ~/.cache/retort}: compiled scripts outlive the process. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "retort");
    }
}
