package dev.retort.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the picocli command tree for one {@link Invocation}. */
final class CommandLines {
    private CommandLines() {
    }

    /**
     * The commands, in help order. Registered here, building the model of only the one a command line names
     * (picocli reads every command's annotations when it builds one: a third of a start-up).
     */
    static List<Class<?>> commands() {
        return All.COMMANDS;
    }

    /** A holder, so that answering {@code --version} loads none of the command classes. */
    private static final class All {
        static final List<Class<?>> COMMANDS = List.of(
                InitCommand.class, RevisionCommand.class, MergeCommand.class, BaselineCommand.class,
                UpgradeCommand.class, DowngradeCommand.class, StampCommand.class,
                CurrentCommand.class, HistoryCommand.class, HeadsCommand.class, BranchesCommand.class, ShowCommand.class,
                CheckCommand.class, StatusCommand.class, ImportCommand.class, GraphCommand.class, VerifyCommand.class,
                DriftCommand.class, LintCommand.class, picocli.CommandLine.HelpCommand.class);
    }

    /** {@link RetortCommand}'s options that take a value, and its flags (CommandLinesTest reads them off its annotations). */
    static final Set<String> GLOBAL_WITH_VALUE = GlobalOptions.WITH_VALUE;
    static final Set<String> GLOBAL_FLAGS = GlobalOptions.FLAGS;

    /** The tree of every command (help, completion). */
    static CommandLine create(Invocation invocation) {
        return create(invocation, null);
    }

    /**
     * The tree for running {@code args}: the root and only the command they name, when they plainly name one
     * (picocli reads every registered command's annotations up front); every command otherwise, so that help,
     * {@code help COMMAND}, and the errors that list or suggest commands read as always.
     */
    static CommandLine create(Invocation invocation, String[] args) {
        CommandLine commandLine = new CommandLine(new RetortCommand(invocation));
        String named = args == null ? null : commandName(args);
        List<Class<?>> commands = named == null ? List.of()
                : commands().stream().filter(c -> names(c).contains(named)).toList();
        for (Class<?> command : commands.isEmpty() ? commands() : commands) {
            commandLine.addSubcommand(command);
        }
        ErrorReporter errors = new ErrorReporter(invocation);
        commandLine.setOut(new PrintWriter(invocation.out(), true));
        commandLine.setErr(new PrintWriter(invocation.err(), true));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionStrategy(result -> new CommandLine.RunLast().execute(keepGlobalOptions(result)));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(100);
        VersionProvider version = new VersionProvider();
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return commandLine;
    }

    /**
     * Puts back the global options given before the command when they are given after it too: picocli resets an
     * inherited option when it parses the command, so {@code -x a=b upgrade head -x c=d} kept {@code c=d} alone and
     * {@code -q upgrade head -q} was not quiet. Every {@code -x} applies, in the order typed, a later value for the
     * same key winning, as when all follow the command; {@code -q} anywhere is quiet. (An option that takes one
     * value keeps the last one given, as picocli has it.)
     */
    static CommandLine.ParseResult keepGlobalOptions(CommandLine.ParseResult result) {
        Map<String, String> arguments = new LinkedHashMap<>();
        boolean quiet = false;
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            quiet |= r.hasMatchedOption("--quiet");
            CommandLine.Model.OptionSpec x = r.matchedOption("-x");
            for (String value : x == null ? List.<String>of() : x.originalStringValues()) {
                int equals = value.indexOf('=');
                if (equals >= 0) {
                    arguments.put(value.substring(0, equals), value.substring(equals + 1));
                }
            }
        }
        RetortCommand root = (RetortCommand) result.commandSpec().userObject();
        if (!arguments.isEmpty()) {
            root.arguments = arguments;
        }
        root.quiet |= quiet;
        return result;
    }

    /**
     * The first argument after the global options, when every argument before it is a global option spelled out
     * ({@code --url URL}, {@code --url=URL}, {@code -q}); null otherwise, and for {@code help} and the root's
     * own help and version options.
     */
    static String commandName(String[] args) {
        int i = GlobalOptions.after(args);
        return i < 0 || i == args.length || args[i].equals("help") ? null : args[i];
    }

    /** Whether {@code args} are global options spelled out, then {@code -V} or {@code --version} alone. */
    static boolean versionOnly(String[] args) {
        return GlobalOptions.versionOnly(args);
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        return c == null ? List.of() : java.util.stream.Stream.concat(java.util.stream.Stream.of(c.name()),
                java.util.stream.Stream.of(c.aliases())).toList();
    }
}
