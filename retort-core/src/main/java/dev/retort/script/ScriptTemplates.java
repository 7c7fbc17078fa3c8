package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The templates new scripts are written from, and {@code retort init}'s layout of a script location:
 * {@code versions/}, {@code script.java.template} and {@code script.sql.template}.
 *
 * <p>Placeholders, in both formats: {@code ${id}}, {@code ${revises}}, {@code ${depends_on}},
 * {@code ${branch_labels}}, {@code ${transactional}}, {@code ${message}}, {@code ${created}},
 * {@code ${class_name}}, {@code ${upgrade}}, {@code ${downgrade}}, and in Java templates {@code ${imports}}: the
 * import lines the generated bodies need (autogenerate), one per line; a template without it gets them after its
 * last import line. In Java templates {@code ${id}},
 * {@code ${message}} and {@code ${created}} are the escaped contents of a string literal, and
 * {@code ${revises}}, {@code ${depends_on}}, {@code ${branch_labels}} and {@code ${transactional}}
 * are whole annotation elements with a leading comma ({@code , revises = "ab12cd34ef56"}), or nothing
 * when empty. In SQL templates lists are comma-separated and {@code ${transactional}} is a whole
 * {@code -- transactional: false} line or nothing. A line holding only a placeholder that renders
 * empty is dropped.
 */
public final class ScriptTemplates {

    static final String JAVA = """
            import dev.retort.Migration;
            import dev.retort.Op;
            import dev.retort.Revision;
            ${imports}

            @Revision(id = "${id}"${revises}${depends_on}${branch_labels}${transactional},
                    message = "${message}", created = "${created}")
            class ${class_name} implements Migration {

                @Override
                public void upgrade(Op op) throws Exception {
            ${upgrade}
                }

                @Override
                public void downgrade(Op op) throws Exception {
            ${downgrade}
                }
            }
            """;

    static final String SQL = """
            -- revision: ${id}
            -- revises: ${revises}
            -- depends-on: ${depends_on}
            -- branch-labels: ${branch_labels}
            ${transactional}
            -- message: ${message}
            -- created: ${created}

            -- upgrade
            ${upgrade}

            -- downgrade
            ${downgrade}
            """;

    private ScriptTemplates() {
    }

    /** The template file name for a format: {@code script.java.template}, {@code script.sql.template}. */
    public static String fileName(ScriptFormat format) {
        return "script." + format.extension() + ".template";
    }

    /** The built-in template of a format. */
    public static String builtIn(ScriptFormat format) {
        return format == ScriptFormat.JAVA ? JAVA : SQL;
    }

    /** The template in {@code location}, or the built-in one when the file is missing. */
    public static String load(Path location, ScriptFormat format) {
        Path file = location == null ? null : location.resolve(fileName(format));
        if (file == null || !Files.isRegularFile(file)) {
            return builtIn(format);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot read the template " + file + ": " + e, e);
        }
    }

    /**
     * Creates a script location: {@code location/versions/} and both templates; returns what it created,
     * in order (the location, its {@code versions/}, each template).
     *
     * @throws RetortException FILE_EXISTS when {@code location} exists and is not empty
     */
    public static List<Path> init(Path location) {
        if (Files.exists(location) && !isEmptyDirectory(location)) {
            throw new RetortException(ErrorCode.FILE_EXISTS, location + " already exists and is not empty; "
                    + "choose another folder for 'retort init'");
        }
        try {
            List<Path> created = new ArrayList<>(List.of(location, location.resolve(ScriptDirectory.VERSIONS)));
            Files.createDirectories(created.get(1));
            for (ScriptFormat f : ScriptFormat.values()) {
                created.add(Files.writeString(location.resolve(fileName(f)), builtIn(f), StandardCharsets.UTF_8));
            }
            return List.copyOf(created);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.FILE_EXISTS, "cannot create " + location + ": " + reason(e), e);
        }
    }

    /** {@code permission denied (/srv/app/migrations)} rather than {@code java.nio.file.AccessDeniedException: ...}. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such folder" : "cannot write";
            return why + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
