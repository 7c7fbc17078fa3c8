package dev.retort;

import dev.retort.migrate.MigrationListener;
import dev.retort.migrate.VersionTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The values a {@link Retort.Builder} collected, frozen. */
record RetortSettings(
        Path scriptLocation,
        List<Path> versionLocations,
        String url,
        String user,
        String password,
        DataSource dataSource,
        String versionTable,
        String versionTableSchema,
        Map<String, String> arguments,
        Path cacheDir,
        MigrationListener listener) {

    /** What the builder fills in before {@link #freeze()}. */
    static final class Mutable {
        Path scriptLocation;
        List<Path> versionLocations = List.of();
        String url;
        String user;
        String password;
        DataSource dataSource;
        String versionTable = VersionTable.DEFAULT_NAME;
        String versionTableSchema;
        Map<String, String> arguments = Map.of();
        Path cacheDir = defaultCacheDir();
        MigrationListener listener = MigrationListener.NONE;

        RetortSettings freeze() {
            if (scriptLocation == null) {
                throw new RetortException(ErrorCode.CONFIG, "no script location; set script_location in retort.properties");
            }
            return new RetortSettings(scriptLocation, versionLocations, url, user, password, dataSource, versionTable,
                    versionTableSchema, arguments, cacheDir, listener);
        }
    }

    /** {@code $XDG_CACHE_HOME/retort}, else {@code ~/.cache/retort}: compiled scripts outlive the process. */
    static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "retort");
    }
}
