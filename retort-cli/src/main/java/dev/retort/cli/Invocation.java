package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What one run of the command line works with, in place of the process's globals. */
record Invocation(Path cwd, Map<String, String> env, PrintStream out, PrintStream err, Secrets secrets,
        boolean terminal) {

    /** A run whose stderr is not a terminal (tests, pipes, CI logs). */
    Invocation(Path cwd, Map<String, String> env, PrintStream out, PrintStream err, Secrets secrets) {
        this(cwd, env, out, err, secrets, false);
    }

    /** Colour only on a terminal, and never with {@code NO_COLOR} set (no-color.org) or {@code TERM=dumb}. */
    boolean colour() {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

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
