package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.config.RetortConfig;
import dev.retort.Retort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a new migration environment ({@code retort init}): the script folder, its {@code versions/},
 * the templates for new scripts, and {@code retort.properties} pointing at them.
 */
final class Scaffold {
    /** The pattern of the lock files SQLite and embedded H2 databases get beside them. */
    static final String LOCK_FILES = "*.retort-lock";

    private final Invocation invocation;
    private final Consumer<String> progress;

    Scaffold(Invocation invocation, Consumer<String> progress) {
        this.invocation = invocation;
        this.progress = progress;
    }

    /**
     * @param dir    the script folder to create
     * @param config where {@code retort.properties} goes; left alone when it exists
     * @param format the default format of new scripts, {@code java} or {@code sql}
     */
    void create(Path dir, Path config, String format) {
        if (Files.isRegularFile(dir) || Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new RetortException(ErrorCode.FILE_EXISTS, "directory " + invocation.display(dir)
                    + " already exists and is not empty; pick another name or remove it");
        }
        try {
            for (Path created : Retort.init(dir)) {
                progress.accept((Files.isDirectory(created) ? "Creating directory " : "Generating ")
                        + invocation.display(created) + " ... done");
            }
            write(dir.resolve("README.md"), resource("README.md"));
            if (Files.exists(config)) {
                progress.accept("File " + invocation.display(config) + " already exists, skipping;"
                        + " set script_location = " + scriptLocation(dir, config) + " in it");
            } else {
                write(config, properties(scriptLocation(dir, config), format));
                progress.accept("Please edit the database url in " + invocation.display(config) + " before proceeding.");
            }
            ignoreLockFiles(config.toAbsolutePath().getParent().resolve(".gitignore"));
        } catch (IOException e) {
            throw new RetortException(ErrorCode.FILE_EXISTS, "cannot write " + reason(e), e);
        }
    }

    /** {@code ... done} only once it is done: a read-only folder fails before any line claims success. */
    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        progress.accept("Generating " + invocation.display(file) + " ... done");
    }

    /** The SQLite/H2 migration lock file ({@code retort.db.retort-lock}) is no source: a {@code .gitignore} line for it. */
    private void ignoreLockFiles(Path gitignore) throws IOException {
        if (!Files.exists(gitignore)) {
            write(gitignore, LOCK_FILES + "\n");
        } else if (Files.readAllLines(gitignore).stream().noneMatch(l -> l.strip().equals(LOCK_FILES))) {
            String text = Files.readString(gitignore);
            Files.writeString(gitignore, (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + LOCK_FILES + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
            progress.accept("Adding " + LOCK_FILES + " to " + invocation.display(gitignore) + " ... done");
        }
    }

    /** {@code permission denied (/srv/app/retort.properties)}, not the exception's class name. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot write";
            return (f.getFile() == null ? "" : f.getFile() + ": ") + why;
        }
        return String.valueOf(e.getMessage());
    }

    /** The script folder as {@code retort.properties} names it: relative to the file's folder when inside it. */
    static String scriptLocation(Path dir, Path config) {
        Path base = config.toAbsolutePath().getParent();
        Path absolute = dir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    static String properties(String scriptLocation, String format) {
        return resource(RetortConfig.FILE_NAME + ".tmpl")
                .replace("${script_location}", scriptLocation)
                .replace("${revision_format}", format);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream("init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource init/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
