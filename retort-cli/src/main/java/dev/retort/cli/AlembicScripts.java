package dev.retort.cli;

import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Alembic's {@code .py} scripts left in a version folder: Retort does not run them, and says so rather than skip them silently. */
final class AlembicScripts {
    private AlembicScripts() {
    }

    /** {@code Note: migrations/versions holds 2 Alembic script(s) (.py) ...}, or empty when there are none. */
    static Optional<String> notice(RetortConfig config, Invocation invocation) {
        List<Path> folders = config.versionLocations().isEmpty()
                ? List.of(config.scriptLocation().resolve("versions")) : config.versionLocations();
        for (Path folder : folders) {
            // A plain listing of names: every command asks, over folders of thousands of scripts.
            String[] names = folder.toFile().list();
            if (names == null) {
                continue;
            }
            List<String> py = new java.util.ArrayList<>();
            for (String name : names) {
                if (name.endsWith(".py") && !name.equals("__init__.py")) {
                    py.add(name);
                }
            }
            if (!py.isEmpty()) {
                java.util.Collections.sort(py);
                return Optional.of("Note: " + invocation.display(folder) + " holds " + py.size() + " Alembic script(s) ("
                        + py.get(0) + (py.size() > 1 ? ", ..." : "") + "), which Retort does not run: port each to a "
                        + ".java or .sql script with the same revision id");
            }
        }
        return Optional.empty();
    }
}
