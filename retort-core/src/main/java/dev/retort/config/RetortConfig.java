package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.RetortTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of {@code retort.properties}, with {@code ${env:NAME}} references expanded and relative
 * paths made absolute against the file's folder.
 *
 * <pre>{@code
 * script_location   = migrations
 * url               = postgresql://app@db:5432/app
 * password          = ${env:DB_PASSWORD}
 * version_locations = migrations/versions, shared/versions
 * version_table     = alembic_version
 * }</pre>
 *
 * @param file               the file read
 * @param scriptLocation     the folder holding {@code versions/} and the templates
 * @param url                the database URL in the file, or null
 * @param user               the user name in the file, or null
 * @param password           the password in the file, or null
 * @param versionLocations   folders holding scripts; empty means {@code scriptLocation/versions}
 * @param versionTable       the version table's name
 * @param versionTableSchema the version table's schema, or null for the connection's default
 * @param cacheDir           where compiled scripts are cached, or null for the default
 * @param revisionFormat     the format of new scripts, {@code java} or {@code sql}
 * @param properties         every key of the file after expansion, including ones read by later modules
 */
public record RetortConfig(
        Path file,
        Path scriptLocation,
        String url,
        String user,
        String password,
        List<Path> versionLocations,
        String versionTable,
        String versionTableSchema,
        Path cacheDir,
        String revisionFormat,
        Map<String, String> properties) {

    /** The file's name, looked up in the working folder when {@code -c} is not given. */
    public static final String FILE_NAME = "retort.properties";
    public static final String DEFAULT_VERSION_TABLE = RetortTables.VERSION_TABLE;

    public RetortConfig {
        versionLocations = List.copyOf(versionLocations);
        properties = Map.copyOf(properties);
    }

    /**
     * Reads {@code file}; a folder means the {@code retort.properties} inside it.
     *
     * @param env the environment for {@code ${env:NAME}} references (passed in, so tests need no real one)
     * @throws RetortException CONFIG when the file is missing, unreadable, or lacks {@code script_location}
     */
    public static RetortConfig load(Path file, Map<String, String> env) {
        Path path = Files.isDirectory(file) ? file.resolve(FILE_NAME) : file;
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            String message = path.getFileName().toString().equals(FILE_NAME)
                    ? "no " + FILE_NAME + " in " + path.getParent()
                    : "config file " + path + " does not exist";
            throw new RetortException(ErrorCode.CONFIG, message + "; run 'retort init <dir>' or pass -c FILE");
        }
        Properties raw = new Properties();
        try {
            raw.load(new java.io.StringReader(text(path)));
        } catch (IOException | IllegalArgumentException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot read " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : raw.stringPropertyNames()) {
            values.put(key, EnvInterpolation.apply(raw.getProperty(key).trim(), env, path.getFileName() + ": " + key));
        }
        return of(path, values);
    }

    /**
     * The file's text: UTF-8, a byte-order mark (which Windows editors write) dropped; CONFIG, saying so, for a
     * file that is not UTF-8 text (a binary file, or another encoding).
     */
    private static String text(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot read " + path + ": permission denied", e);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new java.nio.charset.MalformedInputException(1);
            }
            return text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RetortException(ErrorCode.CONFIG, path + " is not a text file in UTF-8; a configuration is a "
                    + "properties file such as the one 'retort init' writes (script_location = migrations)", e);
        }
    }

    /** Builds the configuration from already expanded {@code values} of a file at {@code file}. */
    static RetortConfig of(Path file, Map<String, String> values) {
        Path dir = file.toAbsolutePath().getParent();
        String scriptLocation = blankToNull(values.get("script_location"));
        if (scriptLocation == null) {
            throw new RetortException(ErrorCode.CONFIG, file + ": script_location is not set;"
                    + " it names the folder holding versions/ (retort init writes it)");
        }
        List<Path> versionLocations = new ArrayList<>();
        String locations = blankToNull(values.get("version_locations"));
        if (locations != null) {
            for (String location : locations.split(",")) {
                if (!location.isBlank()) {
                    versionLocations.add(resolve(dir, location.trim()));
                }
            }
        }
        String format = blankToNull(values.get("revision_format"));
        if (format != null && !format.equals("java") && !format.equals("sql")) {
            throw new RetortException(ErrorCode.CONFIG, file + ": revision_format is '" + format + "'; use java or sql");
        }
        String table = blankToNull(values.get("version_table"));
        String cacheDir = blankToNull(values.get("cache_dir"));
        return new RetortConfig(
                file,
                resolve(dir, scriptLocation),
                blankToNull(values.get("url")),
                blankToNull(values.get("user")),
                values.get("password") == null || values.get("password").isEmpty() ? null : values.get("password"),
                versionLocations,
                table == null ? DEFAULT_VERSION_TABLE : table,
                blankToNull(values.get("version_table_schema")),
                cacheDir == null ? null : resolve(dir, cacheDir),
                format == null ? "java" : format,
                values);
    }

    /** The folder holding the file; relative paths in it resolve against this. */
    public Path directory() {
        return file.getParent();
    }

    /** A key of the file that this record has no component for, such as {@code model_classpath}. */
    public Optional<String> property(String key) {
        return Optional.ofNullable(blankToNull(properties.get(key)));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "RetortConfig[file=" + file + ", scriptLocation=" + scriptLocation
                + ", url=" + (url == null ? null : Redaction.redact(url, password == null ? List.of() : List.of(password)))
                + ", user=" + user + ", password=" + (password == null ? null : Redaction.MASK)
                + ", versionLocations=" + versionLocations + ", versionTable=" + versionTable
                + ", versionTableSchema=" + versionTableSchema + ", cacheDir=" + cacheDir
                + ", revisionFormat=" + revisionFormat + ", keys=" + properties.keySet() + "]";
    }

    private static Path resolve(Path dir, String path) {
        return dir.resolve(path).normalize();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
