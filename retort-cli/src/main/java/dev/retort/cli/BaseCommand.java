package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.RetortBuilder;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command shares: the global options, the output, and opening a {@link Session}. */
abstract class BaseCommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    /** The command's name when {@link QuickCommandLine} parsed the line (no picocli model, no {@link #spec}). */
    String quickName;

    /** The command's name: {@code upgrade}, {@code current}... */
    final String name() {
        return spec != null ? spec.name() : quickName;
    }

    /** Whether {@code --output json} was asked for. */
    final boolean json() {
        return root.output == RetortCommand.Output.JSON;
    }

    /** Whether this command can write {@code --output json}. */
    boolean writesJson() {
        return false;
    }

    /** Prints one {@code --output json} document (a {@link JsonOutput} record) on stdout, passwords hidden. */
    final void printJson(Object document) {
        out().println(invocation().secrets().redact(Json.write(document)));
    }

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
        return noticed(Session.open(root, needsDatabase, listener));
    }

    /** {@code session}, after a notice about Alembic scripts in the version folders, which Retort does not run. */
    final Session noticed(Session session) {
        AlembicScripts.notice(session.config(), invocation()).ifPresent(this::info);
        return session;
    }

    final Session open(boolean needsDatabase, MigrationListener listener, java.util.function.Consumer<dev.retort.RetortBuilder> options) {
        return noticed(Session.open(root, needsDatabase, listener, options));
    }

    /** The exit status of a command that succeeded; {@code check} sets 1 when it finds differences. */
    int status;

    @Override
    public final Integer call() throws Exception {
        // Over many targets every fleet command writes JSON (stamp too).
        if (this instanceof FleetCommand fleet) {
            java.util.Optional<dev.retort.config.RetortConfig> config = FleetRun.fleetConfig(this, fleet);
            if (config.isPresent()) {
                return FleetRun.run(this, fleet, config.get());
            }
        }
        if (json() && !writesJson()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--output json is not available for '" + name()
                    + "'; it is for current, heads, branches, history, show, check, status, upgrade and downgrade");
        }
        execute();
        return status;
    }

    abstract void execute() throws Exception;
}
