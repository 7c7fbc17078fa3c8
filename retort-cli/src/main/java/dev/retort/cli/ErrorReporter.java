package dev.retort.cli;

import dev.retort.error.RetortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that turns a failure into an exit status and a message, with passwords hidden.
 *
 * <ul>
 *   <li>{@link RetortException}: the user's or the database's problem; {@code ERROR: message}, status 1.
 *   <li>a malformed command line: the problem and a usage hint, status 2.
 *   <li>anything else is a bug in Retort: the stack trace, status 70 ({@code EX_SOFTWARE}).
 * </ul>
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USER_ERROR = 1;
    static final int USAGE = 2;
    static final int BUG = 70;

    private final Invocation invocation;

    ErrorReporter(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        return report(exception, commandLine);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        return report(exception, exception.getCommandLine());
    }

    /** Prints {@code failure} as the user should see it and returns the exit status. */
    int report(Throwable failure, CommandLine commandLine) {
        Secrets secrets = invocation.secrets();
        if (failure instanceof RetortException e) {
            // One line, whatever the driver's message holds: deploy logs and scripts read it as one.
            invocation.err().println((invocation.colour() ? "\u001b[1;31mERROR:\u001b[0m " : "ERROR: ") + secrets.redact(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip());
            return USER_ERROR;
        }
        if (failure instanceof ParameterException e) {
            // picocli says "Value for option option '-x' ..." for a map option: one "option" is enough.
            invocation.err().println(secrets.redact(e.getMessage().replace("option option", "option")));
            if (e instanceof UnmatchedArgumentException unmatched) {
                StringWriter suggestions = new StringWriter();
                UnmatchedArgumentException.printSuggestions(unmatched, new PrintWriter(suggestions, true));
                invocation.err().print(secrets.redact(suggestions.toString()));
            }
            CommandLine where = commandLine != null ? commandLine : e.getCommandLine();
            invocation.err().print(where.getHelp().fullSynopsis());
            invocation.err().println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace, true));
        invocation.err().println("retort: internal error (a bug in Retort); please report it with this trace:");
        invocation.err().print(secrets.redact(trace.toString()));
        return BUG;
    }
}
