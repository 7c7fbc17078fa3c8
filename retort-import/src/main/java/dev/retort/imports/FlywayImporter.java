package dev.retort.imports;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort import flyway PATH}: Flyway's {@code V<version>__<description>.sql} files become Retort
 * SQL scripts in one chain, ordered by version, with ids derived from the version ({@code V1.1} is
 * {@code v1_1}), so importing again gives the same ids; {@code U<version>__*.sql} files become their
 * downgrade sections; {@code R__<description>.sql} (repeatable) files become Retort repeatable scripts,
 * {@code repeatable/<description>.sql}. Placeholders ({@code ${name}}) stay as they are: Retort replaces them too,
 * from {@code -x} or {@code placeholders.name}; Flyway's built-in {@code ${flyway:...}} ones are reported.
 *
 * <pre>{@code
 * ImportReport report = FlywayImporter.importProject(Path.of("src/main/resources/db/migration"),
 *         Path.of("migrations"), Path.of("retort.properties"));
 * }</pre>
 */
public final class FlywayImporter {
    private static final Pattern FILE = Pattern.compile("([VUR])([^_]*)__(.*)\\.sql");

    private FlywayImporter() {
    }

    /** The Retort revision id of a Flyway version: {@code 1.1}, {@code 1_1} and {@code 01.1} all give {@code v1_1}. */
    public static String revisionId(String version) {
        List<String> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            if (!part.matches("\\d+")) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "Flyway version " + version + " is not numeric");
            }
            parts.add(new BigInteger(part).toString());
        }
        return "v" + String.join("_", parts);
    }

    /**
     * @param source         the folder of Flyway scripts ({@code db/migration})
     * @param scriptLocation the Retort script folder to write ({@code versions/} inside it)
     * @param config         the Retort configuration file: written when absent, left alone otherwise
     */
    public static ImportReport importProject(Path source, Path scriptLocation, Path config) {
        if (!Files.isDirectory(source)) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, source + " is not a folder of Flyway scripts");
        }
        TreeMap<List<BigInteger>, Path> versioned = new TreeMap<>(FlywayImporter::compare);
        Map<String, Path> undo = new LinkedHashMap<>();
        TreeMap<String, Path> repeatable = new TreeMap<>();
        List<ImportReport.FileResult> results = new ArrayList<>();
        for (Path file : AlembicImporter.list(source, ".sql")) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                results.add(new ImportReport.FileResult(file, null, ImportReport.Status.SKIPPED,
                        "not a Flyway script name (V1__name.sql, U1__name.sql, R__name.sql)"));
            } else if (m.group(1).equals("R")) {
                repeatable.put(slug(m.group(3).replace('_', ' ').strip()), file);
            } else if (m.group(1).equals("U")) {
                undo.put(revisionId(m.group(2)), file);
            } else if (versioned.put(numbers(m.group(2)), file) != null) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "Two Flyway scripts have version " + m.group(2));
            }
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        List<ImportReport.FileResult> written = new ArrayList<>();
        String previous = null;
        for (Path file : versioned.values()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            m.matches();
            String id = revisionId(m.group(2));
            String message = m.group(3).replace('_', ' ').strip();
            Path target = scriptLocation.resolve("versions").resolve(id + "_" + slug(message) + ".sql");
            Path undoFile = undo.remove(id);
            String sql = AlembicImporter.read(file);
            outputs.put(target, script(id, previous, message, sql,
                    undoFile == null ? null : AlembicImporter.read(undoFile)));
            String detail = undoFile == null ? "no undo script: downgrade does nothing" : "downgrade from "
                    + undoFile.getFileName();
            written.add(withPlaceholders(new ImportReport.FileResult(file, target, ImportReport.Status.TRANSLATED, detail),
                    sql));
            previous = id;
        }
        for (Map.Entry<String, Path> e : repeatable.entrySet()) {
            Path target = scriptLocation.resolve("repeatable").resolve(e.getKey() + ".sql");
            String sql = AlembicImporter.read(e.getValue());
            outputs.put(target, sql.strip() + "\n");
            written.add(withPlaceholders(new ImportReport.FileResult(e.getValue(), target, ImportReport.Status.TRANSLATED,
                    "repeatable script: applied after the revisions whenever it changes"), sql));
        }
        for (Path orphan : undo.values()) {
            results.add(new ImportReport.FileResult(orphan, null, ImportReport.Status.SKIPPED, "undo script without a V script"));
        }
        written.addAll(results);
        String configText = "# Imported from Flyway (" + source.getFileName() + ") by retort import flyway\n"
                + "script_location = " + ImportFiles.relative(config.toAbsolutePath().getParent(), scriptLocation) + "\n"
                + "revision_format = sql\n# url = postgresql://user@host/db\n";
        return new ImportReport(written, ImportFiles.write(outputs, scriptLocation, config, configText));
    }

    /**
     * {@code result}, noting the placeholders {@code sql} uses: Retort replaces {@code ${name}} as Flyway does, from
     * {@code -x} or {@code placeholders.name}; Flyway's built-in {@code ${flyway:...}} ones it does not have.
     */
    private static ImportReport.FileResult withPlaceholders(ImportReport.FileResult result, String sql) {
        if (sql.contains("${flyway:")) {
            return new ImportReport.FileResult(result.source(), result.written(), ImportReport.Status.PARTLY,
                    result.detail() + "; uses Flyway's built-in placeholders (${flyway:...}), which Retort does not have: "
                            + "replace them");
        }
        if (sql.contains("${")) {
            return new ImportReport.FileResult(result.source(), result.written(), result.status(), result.detail()
                    + "; uses placeholders (${...}): set them with -x NAME=VALUE or placeholders.NAME in retort.properties");
        }
        return result;
    }

    private static String script(String id, String revises, String message, String upgrade, String downgrade) {
        return "-- revision: " + id + "\n"
                + "-- revises: " + (revises == null ? "" : revises) + "\n"
                + "-- message: " + message + "\n\n"
                + "-- upgrade\n" + upgrade.strip() + "\n\n"
                + "-- downgrade\n" + (downgrade == null
                        ? "-- Flyway had no undo (U) script for this version: downgrading past it changes nothing.\n"
                        : downgrade.strip() + "\n");
    }

    /**
     * The revision to stamp a database Flyway migrated at: the id of the last successful versioned row of
     * {@code flyway_schema_history}, or empty when the table is absent or holds none.
     */
    public static Optional<String> appliedRevision(Connection connection) throws SQLException {
        if (!hasHistoryTable(connection)) {
            return Optional.empty();
        }
        String last = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getBoolean(2)) {
                    last = rs.getString(1);
                }
            }
        }
        return Optional.ofNullable(last).map(FlywayImporter::revisionId);
    }

    private static boolean hasHistoryTable(Connection connection) throws SQLException {
        for (String name : List.of("flyway_schema_history", "FLYWAY_SCHEMA_HISTORY")) {
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<BigInteger> numbers(String version) {
        return java.util.Arrays.stream(revisionId(version).substring(1).split("_")).map(BigInteger::new).toList();
    }

    private static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = (i < a.size() ? a.get(i) : BigInteger.ZERO).compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String slug(String message) {
        String slug = message.toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_+$", "") : slug;
    }

}
