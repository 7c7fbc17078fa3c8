package dev.retort.command;

import dev.retort.Callback.Event;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.script.StatementSplitter;
import dev.retort.script.StatementSplitter.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL callbacks of a script location: {@code callbacks/EVENT.sql} and {@code callbacks/EVENT__SUFFIX.sql}, in
 * file-name order, each split into statements with the dialect's rules. A {@code .sql} file whose name is no event
 * is an error (a misspelt callback would otherwise never run); other files are left alone. Scripts on the class
 * path have theirs in {@code callbacks/} of their class-path folder.
 */
final class CallbackFiles {
    /** The folder under the script location. */
    static final String FOLDER = "callbacks";

    private CallbackFiles() {
    }

    /**
     * One SQL callback.
     *
     * @param event      when it runs
     * @param file       its path for messages, {@code callbacks/beforeUpgrade.sql}
     * @param statements its statements, with their lines
     */
    record SqlCallback(Event event, String file, List<Statement> statements) {
    }

    /** The {@code .sql} files of {@code scriptLocation/callbacks/} (none without the folder or a location). */
    static List<Path> inFolder(Path scriptLocation) {
        if (scriptLocation == null || !Files.isDirectory(scriptLocation.resolve(FOLDER))) {
            return List.of();
        }
        Path folder = scriptLocation.resolve(FOLDER);
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCRIPT, "cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The callbacks of {@code files} (a folder's, or class-path resources), in file-name order. */
    static List<SqlCallback> read(List<Path> files, Dialect dialect) {
        List<SqlCallback> callbacks = new ArrayList<>();
        for (Path file : files.stream().sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
            String name = file.getFileName().toString();
            String display = FOLDER + "/" + name;
            String base = name.substring(0, name.length() - ".sql".length());
            int suffix = base.indexOf("__");
            String eventName = suffix < 0 ? base : base.substring(0, suffix);
            Event event = Event.ofFileName(eventName).orElseThrow(() -> new RetortException(ErrorCode.SCRIPT,
                    display + ": '" + eventName + "' is no callback event; name the file after one of "
                            + Arrays.stream(Event.values()).map(Event::fileName).collect(Collectors.joining(", "))
                            + " (with an optional __suffix)"));
            callbacks.add(new SqlCallback(event, display, StatementSplitter.split(text(file, display), dialect.sqlSyntax())));
        }
        return List.copyOf(callbacks);
    }

    private static String text(Path file, String display) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCRIPT, display + ": cannot read: " + e.getMessage(), e);
        }
    }
}
