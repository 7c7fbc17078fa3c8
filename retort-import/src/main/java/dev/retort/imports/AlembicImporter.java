package dev.retort.imports;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.imports.alembic.AlembicConversion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code retort import alembic PATH}: reads an Alembic project (its {@code alembic.ini}, or its script
 * folder, or its {@code versions/} folder) and writes one Retort Java script per revision file, with the
 * same revision ids, parents, branch labels and dependencies, and a {@code retort.properties} with
 * {@code version_table = alembic_version}, so a database Alembic migrated continues where it stands.
 *
 * <pre>{@code
 * ImportReport report = AlembicImporter.importProject(Path.of("alembic.ini"), Path.of("migrations"),
 *         Path.of("retort.properties"));
 * }</pre>
 */
public final class AlembicImporter {
    private AlembicImporter() {
    }

    /**
     * @param source         {@code alembic.ini}, a folder holding it, the script folder, or {@code versions/}
     * @param scriptLocation the Retort script folder to write ({@code versions/} inside it)
     * @param config         the Retort configuration file: written when absent, left alone otherwise
     */
    public static ImportReport importProject(Path source, Path scriptLocation, Path config) {
        AlembicProject project = AlembicProject.locate(source);
        Path versions = scriptLocation.resolve("versions");
        for (Path folder : project.versionFolders()) {
            if (folder.toAbsolutePath().normalize().equals(versions.toAbsolutePath().normalize())) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, versions + " is Alembic's versions folder; write the "
                        + "Retort scripts elsewhere (retort import alembic --to DIR)");
            }
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        List<ImportReport.FileResult> results = new ArrayList<>();
        Set<String> classNames = new HashSet<>();
        for (Path py : project.revisionFiles()) {
            String fileName = py.getFileName().toString();
            String text = read(py);
            String base = fileName.substring(0, fileName.length() - ".py".length());
            AlembicConversion c;
            try {
                c = AlembicConversion.convert(project.display(py), text,
                        file -> ClassNames.of(file.message(), file.revision(), classNames));
            } catch (IllegalArgumentException e) {
                throw new RetortException(ErrorCode.SCRIPT, e.getMessage());
            }
            Path target = versions.resolve(base + ".java");
            outputs.put(target, c.javaSource());
            ImportReport.Status status = c.untranslated().isEmpty() ? ImportReport.Status.TRANSLATED
                    : c.translated() == 0 ? ImportReport.Status.NOT : ImportReport.Status.PARTLY;
            String detail = c.untranslated().isEmpty() ? "" : "line" + (c.untranslated().size() > 1 ? "s " : " ")
                    + String.join(", ", c.untranslated().stream().map(String::valueOf).toList())
                    + " kept as Python; the script throws until they are translated";
            results.add(new ImportReport.FileResult(py, target, status, detail));
        }
        Path writtenConfig = ImportFiles.write(outputs, scriptLocation, config, configText(project, scriptLocation, config));
        return new ImportReport(results, writtenConfig);
    }

    private static String configText(AlembicProject project, Path scriptLocation, Path config) {
        Path base = config.toAbsolutePath().getParent();
        StringBuilder b = new StringBuilder("# Imported from Alembic (").append(project.display(project.origin()))
                .append(") by retort import alembic\n");
        b.append("script_location = ").append(ImportFiles.relative(base, scriptLocation)).append('\n');
        b.append("version_table = alembic_version\n");
        String url = project.url();
        b.append(url == null ? "# url = postgresql://user@host/db\n" : "url = " + url + "\n");
        return b.toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "Cannot list " + folder + ": " + e.getMessage());
        }
    }
}
