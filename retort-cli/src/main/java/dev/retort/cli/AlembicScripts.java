package dev.retort.cli;

import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Alembic's {@code .py} scripts left in a version folder: Retort does not run them, and says so rather than skip them silently. */
final class AlembicScripts {
    private AlembicScripts() {
    }

    /** {@code Note: migrations/versions holds 2 Alembic script(s) (.py) ...}, or empty when there are none. */
    static Optional<String> notice(RetortConfig config, Invocation invocation) {
        List<Path> folders = config.versionLocations().isEmpty()
                ? List.of(config.scriptLocation().resolve("versions")) : config.versionLocations();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                List<String> py = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                        .filter(n -> !n.equals("__init__.py")).sorted().toList();
                if (!py.isEmpty()) {
                    return Optional.of("Note: " + invocation.display(folder) + " holds " + py.size() + " Alembic script(s) ("
                            + py.get(0) + (py.size() > 1 ? ", ..." : "") + "), which Retort does not run: port each to a "
                            + ".java or .sql script with the same revision id");
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
