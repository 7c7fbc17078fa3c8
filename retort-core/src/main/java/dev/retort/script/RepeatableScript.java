package dev.retort.script;

import dev.retort.dialect.SqlSyntax;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.script.StatementSplitter.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A repeatable script: {@code repeatable/NAME.sql} beside {@code versions/}, plain SQL (no header, no
 * sections) that creates or replaces views, functions or procedures. {@code upgrade} applies it after the
 * revisions whenever its checksum changed, in the order of the names.
 *
 * <p>The checksum is over the text as written and the statements as they run, placeholders replaced, so a new
 * placeholder value applies the script again (a revision's checksum is over its text alone: its placeholders
 * may change without it counting as edited).
 *
 * <pre>{@code
 * for (RepeatableScript r : RepeatableScript.find(Path.of("migrations/repeatable"))) {
 *     r.migration().upgrade(op);
 * }
 * }</pre>
 *
 * @param name the file name without {@code .sql}, as the history table records it
 * @param path the file
 * @param text the file's text
 */
public record RepeatableScript(String name, Path path, String text) {
    /** The folder's name inside the script location. */
    public static final String FOLDER = "repeatable";
    private static final String SUFFIX = ".sql";

    /** The {@code *.sql} files of {@code folder}, by name; none when the folder does not exist. */
    public static List<RepeatableScript> find(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCRIPT, "cannot list repeatable scripts in " + folder + ": " + e, e);
        }
        return of(files);
    }

    /** The repeatable scripts in {@code files} (a folder's, or the class path's), sorted by name. */
    public static List<RepeatableScript> of(List<Path> files) {
        List<RepeatableScript> scripts = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(SUFFIX) && Files.isRegularFile(file)) {
                scripts.add(new RepeatableScript(fileName.substring(0, fileName.length() - SUFFIX.length()), file,
                        ScriptReader.readText(file)));
            }
        }
        scripts.sort(Comparator.comparing(RepeatableScript::name));
        return List.copyOf(scripts);
    }

    /** The script as a migration: its upgrade runs the statements, placeholders replaced; its downgrade nothing. */
    public SqlMigration migration() {
        return SqlMigration.body(name, path, text);
    }

    /** The statements as {@code syntax} reads them, placeholders replaced from {@code values}. */
    public List<Statement> statements(SqlSyntax syntax, Map<String, String> values) {
        return migration().upgradeStatements(syntax, values);
    }

    /**
     * SHA-256 (hex) of the text and of the statements as they run on a database of {@code syntax} with
     * {@code values}: an edit or another placeholder value changes it.
     *
     * @throws dev.retort.error.ScriptException for an undefined placeholder
     */
    public String checksum(SqlSyntax syntax, Map<String, String> values) {
        return checksum(statements(syntax, values));
    }

    /** The checksum of this script running {@code statements} (its {@link #statements}, read once by the caller). */
    public String checksum(List<Statement> statements) {
        StringBuilder all = new StringBuilder(text);
        for (Statement s : statements) {
            all.append('\0').append(s.sql());
        }
        return ScriptChecksum.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
