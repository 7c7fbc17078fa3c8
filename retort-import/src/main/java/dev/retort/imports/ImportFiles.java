package dev.retort.imports;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes an import's scripts, refusing to overwrite any, and the configuration file when there is none. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** Writes {@code scripts}; returns the config file written, or null when one existed. */
    static Path write(Map<Path, String> scripts, Path scriptLocation, Path config, String configText) {
        for (Path target : scripts.keySet()) {
            if (Files.exists(target)) {
                throw new RetortException(ErrorCode.FILE_EXISTS, target + " already exists; import into an empty "
                        + "script folder (or delete the scripts of an earlier import)");
            }
        }
        try {
            Files.createDirectories(scriptLocation.resolve("versions"));
            for (Map.Entry<Path, String> e : scripts.entrySet()) {
                Files.createDirectories(e.getKey().toAbsolutePath().getParent());
                Files.writeString(e.getKey(), e.getValue());
            }
            if (Files.exists(config)) {
                return null;
            }
            Path parent = config.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(config, configText);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the imported scripts: " + e.getMessage(), e);
        }
    }

    /** {@code target} relative to {@code base} when inside it, with forward slashes. */
    static String relative(Path base, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return (absolute.startsWith(from) && !absolute.equals(from) ? from.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }
}
