package dev.retort.cli;

import dev.retort.MigrationListener;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** What every command shares: the global options, the output, and opening a {@link Session}. */
abstract class BaseCommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand root;

    final Invocation invocation() {
        return root.invocation;
    }

    final PrintStream out() {
        return root.invocation.out();
    }

    /** Where progress and notices go: stderr, so that stdout holds only what was asked for. */
    final PrintStream err() {
        return root.invocation.err();
    }

    /** Prints a progress line or notice on stderr, unless {@code -q}. */
    final void info(String line) {
        if (!root.quiet) {
            err().println(line);
        }
    }

    final Session open(boolean needsDatabase) {
        return open(needsDatabase, MigrationListener.NONE);
    }

    final Session open(boolean needsDatabase, MigrationListener listener) {
        return Session.open(root, needsDatabase, listener);
    }

    final Session open(boolean needsDatabase, MigrationListener listener, java.util.function.Consumer<dev.retort.Retort.Builder> options) {
        return Session.open(root, needsDatabase, listener, options);
    }

    /** The exit status of a command that succeeded; {@code check} sets 1 when it finds differences. */
    int status;

    @Override
    public final Integer call() throws Exception {
        execute();
        return status;
    }

    abstract void execute() throws Exception;
}
