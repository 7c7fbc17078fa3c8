package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code retort}: the options every command shares, and the list of commands. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Database schema migrations for the JVM, in the spirit of Alembic.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Global options work before or after the command: retort -c app.properties upgrade head"})
final class RetortCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: ./retort.properties).")
    String config;

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL; overrides RETORT_URL, DATABASE_URL and the file's url.")
    String url;

    @Option(names = "-x", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Argument for migration scripts (Op.arguments(), ${KEY} in SQL scripts); repeatable.")
    Map<String, String> arguments = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only what was asked for: no progress lines.")
    boolean quiet;

    @Option(names = "--output", paramLabel = "text|json", scope = ScopeType.INHERIT, defaultValue = "text",
            description = "text (default), or json: one JSON object on stdout, schemaVersion 1 (current, heads, branches, "
                    + "history, show, check, status, upgrade, downgrade).")
    Output output;

    /** The {@code --output} values. */
    enum Output { TEXT, JSON }

    @Spec
    CommandSpec spec;

    final Invocation invocation;

    RetortCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
