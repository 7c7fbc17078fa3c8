package dev.retort.imports;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an Alembic project keeps its revision files: {@code alembic.ini}'s {@code script_location} (and
 * {@code version_locations}), or a script folder holding {@code versions/}, or a {@code versions/} folder.
 */
record AlembicProject(Path origin, List<Path> versionFolders, String url) {

    static AlembicProject locate(Path source) {
        Path ini = Files.isDirectory(source) ? source.resolve("alembic.ini") : source;
        if (Files.isRegularFile(ini)) {
            return fromIni(ini);
        }
        if (!Files.isDirectory(source)) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, source + " is neither alembic.ini nor a folder");
        }
        if (Files.isDirectory(source.resolve("versions"))) {
            return new AlembicProject(source, List.of(source.resolve("versions")), null);
        }
        return new AlembicProject(source, List.of(source), null);
    }

    private static AlembicProject fromIni(Path ini) {
        Path here = ini.toAbsolutePath().getParent();
        IniFile file = IniFile.read(ini);
        String location = file.get("alembic", "script_location");
        if (location == null) {
            throw new RetortException(ErrorCode.CONFIG, ini + " has no script_location in its [alembic] section");
        }
        Path scripts = resolve(here, location);
        List<Path> folders = new ArrayList<>();
        String versionLocations = file.get("alembic", "version_locations");
        if (versionLocations == null) {
            folders.add(scripts.resolve("versions"));
        } else {
            String separator = switch (String.valueOf(file.get("alembic", "version_path_separator"))) {
                case "os", ":" -> ":";
                case ";" -> ";";
                case "space" -> " ";
                case "newline" -> "\n";
                default -> "[ ,]";
            };
            for (String part : versionLocations.split(separator)) {
                if (!part.isBlank()) {
                    folders.add(resolve(here, part.strip()));
                }
            }
        }
        String url = file.get("alembic", "sqlalchemy.url");
        if (url != null && (url.contains("%(") || url.contains("driver://"))) {
            url = null;
        }
        return new AlembicProject(ini, folders, url);
    }

    private static Path resolve(Path here, String value) {
        return here.resolve(value.replace("%(here)s", here.toString())).normalize();
    }

    /** Every revision file ({@code *.py} but {@code __init__.py}), in file-name order. */
    List<Path> revisionFiles() {
        List<Path> out = new ArrayList<>();
        for (Path folder : versionFolders) {
            if (!Files.isDirectory(folder)) {
                throw new RetortException(ErrorCode.CONFIG, "Alembic's versions folder " + folder + " does not exist");
            }
            AlembicImporter.list(folder, ".py").stream()
                    .filter(p -> !p.getFileName().toString().equals("__init__.py")).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "No Alembic revision files (*.py) in "
                    + versionFolders.stream().map(Path::toString).toList());
        }
        return out;
    }

    /** A file as messages name it: relative to the project's origin folder. */
    String display(Path file) {
        Path base = Files.isDirectory(origin) ? origin : origin.toAbsolutePath().getParent();
        return ImportFiles.relative(base, file);
    }
}
