package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What one run of the command line works with, in place of the process's globals. */
record Invocation(Path cwd, Map<String, String> env, PrintStream out, PrintStream err, Secrets secrets) {

    /** {@code path} resolved against the working folder. */
    Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }

    /** {@code path} as the user would type it: relative to the working folder when inside it. */
    String display(Path path) {
        Path absolute = cwd.resolve(path).normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd)
                ? cwd.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
