package dev.retort.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command tree for one {@link Invocation}. */
final class CommandLines {
    private CommandLines() {
    }

    static CommandLine create(Invocation invocation) {
        CommandLine commandLine = new CommandLine(new RetortCommand(invocation));
        ErrorReporter errors = new ErrorReporter(invocation);
        commandLine.setOut(new PrintWriter(invocation.out(), true));
        commandLine.setErr(new PrintWriter(invocation.err(), true));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(100);
        VersionProvider version = new VersionProvider();
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return commandLine;
    }
}
